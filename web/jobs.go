package web

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/provenance-audit/provenance/claims"
)

// Job statuses beyond the catalogue's running, done and failed.
const jobQueued = "queued"

// errBusy is returned when too many audits wait already.
var errBusy = errors.New("too many audits are waiting: try again in a few minutes")

// errReadOnly is returned when the desk has no auditor.
var errReadOnly = errors.New("this desk is read-only: it was started without the means to run audits")

// jobs runs submitted audits in the background, a few at a time, and
// keeps their progress for the pages that poll it. Nothing here is held
// while an audit works, so searches and page views never wait for one.
type jobs struct {
	auditor claims.Auditor
	timeout time.Duration
	log     *slog.Logger
	slots   chan struct{}
	queued  chan struct{}

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu    sync.Mutex
	byID  map[string]*job
	order []string
}

// keepJobs is how many finished jobs stay in memory for their progress.
const keepJobs = 200

// job is one audit submitted through the desk.
type job struct {
	ID      string   `json:"id"`
	URL     string   `json:"url"`
	Sources []string `json:"sources,omitempty"`

	mu       sync.Mutex
	status   string
	started  time.Time
	finished time.Time
	err      string
	last     claims.Event
	stages   []string
	log      []string
}

// Progress is what the page polls: where a background audit stands.
type Progress struct {
	ID       string    `json:"id"`
	URL      string    `json:"url"`
	Status   string    `json:"status"`
	Stage    string    `json:"stage,omitempty"`
	Done     int       `json:"done"`
	Total    int       `json:"total"`
	Message  string    `json:"message,omitempty"`
	Stages   []string  `json:"stages"`
	Log      []string  `json:"log"`
	Error    string    `json:"error,omitempty"`
	Started  time.Time `json:"started,omitzero"`
	Finished time.Time `json:"finished,omitzero"`
}

func newJobs(a claims.Auditor, running, queued int, timeout time.Duration, log *slog.Logger) *jobs {
	ctx, cancel := context.WithCancel(context.Background())
	return &jobs{auditor: a, timeout: timeout, log: log, slots: make(chan struct{}, running), queued: make(chan struct{}, running+queued),
		ctx: ctx, cancel: cancel, byID: map[string]*job{}}
}

// start queues an audit under id and returns at once.
func (js *jobs) start(id, article string, sources []string) (*job, error) {
	if js.auditor == nil {
		return nil, errReadOnly
	}
	select {
	case js.queued <- struct{}{}:
	default:
		return nil, errBusy
	}
	j := &job{ID: id, URL: article, Sources: sources, status: jobQueued, started: time.Now().UTC()}
	js.mu.Lock()
	js.byID[id] = j
	js.order = append(js.order, id)
	js.forgetOld()
	js.mu.Unlock()
	js.wg.Add(1)
	go js.run(j)
	return j, nil
}

func (js *jobs) run(j *job) {
	defer js.wg.Done()
	defer func() { <-js.queued }()
	select {
	case js.slots <- struct{}{}:
	case <-js.ctx.Done():
		j.finish(errors.New("the server stopped before the audit could start"))
		return
	}
	defer func() { <-js.slots }()
	j.mu.Lock()
	j.status = claims.AuditRunning
	j.mu.Unlock()
	ctx, cancel := context.WithTimeout(js.ctx, js.timeout)
	defer cancel()
	js.log.Info("audit started", "id", j.ID, "url", j.URL)
	r, err := js.audit(ctx, j)
	if err == nil && r == nil {
		err = errors.New("the audit returned no report")
	}
	if errors.Is(err, context.DeadlineExceeded) && js.ctx.Err() == nil {
		err = errors.New("the audit took longer than " + js.timeout.String() + " and was stopped")
	}
	j.finish(err)
	if err != nil {
		js.log.Warn("audit failed", "id", j.ID, "url", j.URL, "error", err)
		return
	}
	js.log.Info("audit done", "id", j.ID, "claims", r.Summary.Claims, "discrepancies", r.Summary.Discrepancies)
}

// audit runs the auditor, turning a panic in it into a failed audit
// rather than a dead server.
func (js *jobs) audit(ctx context.Context, j *job) (r *claims.Report, err error) {
	defer func() {
		if v := recover(); v != nil {
			js.log.Error("audit panicked", "id", j.ID, "panic", v)
			err = errors.New("the audit stopped on an internal error")
		}
	}()
	return js.auditor.Audit(ctx, claims.AuditRequest{Article: j.URL, Sources: j.Sources, ID: j.ID, Progress: j.progress})
}

// forgetOld drops the oldest finished jobs beyond keepJobs. Call with
// js.mu held.
func (js *jobs) forgetOld() {
	for len(js.order) > keepJobs {
		id := js.order[0]
		if j := js.byID[id]; j != nil {
			st := j.snapshot().Status
			if st == jobQueued || st == claims.AuditRunning {
				return
			}
		}
		js.order = js.order[1:]
		delete(js.byID, id)
	}
}

// snapshots returns the progress of every job kept, oldest first.
func (js *jobs) snapshots() []Progress {
	js.mu.Lock()
	list := make([]*job, 0, len(js.order))
	for _, id := range js.order {
		list = append(list, js.byID[id])
	}
	js.mu.Unlock()
	out := make([]Progress, len(list))
	for i, j := range list {
		out[i] = j.snapshot()
	}
	return out
}

func (js *jobs) get(id string) *job {
	js.mu.Lock()
	defer js.mu.Unlock()
	return js.byID[id]
}

// close cancels every job and waits for them to record their outcome.
func (js *jobs) close() {
	js.cancel()
	js.wg.Wait()
}

// progress receives the auditor's events; the crawler sends them from
// several goroutines.
func (j *job) progress(e claims.Event) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if e.Stage != j.last.Stage && e.Stage != "" {
		j.stages = append(j.stages, e.Stage)
	}
	j.last = e
	if e.Message != "" {
		j.log = append(j.log, e.Stage+": "+e.Message)
		if len(j.log) > 30 {
			j.log = j.log[len(j.log)-30:]
		}
	}
}

func (j *job) finish(err error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.finished = time.Now().UTC()
	if err != nil {
		j.status = claims.AuditFailed
		j.err = err.Error()
		return
	}
	j.status = claims.AuditDone
}

func (j *job) snapshot() Progress {
	j.mu.Lock()
	defer j.mu.Unlock()
	return Progress{ID: j.ID, URL: j.URL, Status: j.status, Stage: j.last.Stage, Done: j.last.Done, Total: j.last.Total,
		Message: j.last.Message, Stages: append([]string{}, j.stages...), Log: append([]string{}, j.log...), Error: j.err,
		Started: j.started, Finished: j.finished}
}
