// Package verify links each claim of a story to the passages of its
// sources that bear it out, and judges what does not fit. It is the
// judge: claims/ reads, index/ retrieves, verify decides.
//
// # Evidence
//
// For every claim it searches the index — the credited source first (the
// source linked from the claim's sentence, or named: "according to
// Reuters", "told the AP", "in a statement"), then every fetched source —
// and reads only the sources the searches lead to. Candidates are ranked by
// the words they share with the claim, not by the index's score, so that a
// story audited twice is judged the same however the index has grown. Each
// link records its relation (supports, contradicts, partial), a score and
// the passage's place in the archived page.
//
// # The rules, by kind, with their severities
//
// quote: the story's quoted words are aligned word by word with the source
// (case, punctuation, quotation marks, British/American spelling and
// number words folded). An ellipsis stands for any words; a [bracketed]
// insertion for up to eight; a fragment of a longer quotation is fine.
// Changed, added or dropped words are a misquote: high when a number or a
// negation changed, low when a single function word did in a long quote,
// medium otherwise; one level lower when the story credits no source.
//
// attribution (medium): words credited to one outlet found only in another
// fetched source; or words the source gives, in its own sentence, to a
// different named person than the story does (both speakers named where the
// words stand, never through a pronoun).
//
// unsupported (medium): a claim credited to a fetched source that does not
// bear it out — too few of its words in the source, a part of it ("…, and
// …") absent, or a figure the source never gives. Low when much of it is
// there in other words (a characterisation, not an invention). A claim whose
// credited source could not be fetched is unverifiable, never unsupported.
//
// number: a story figure is compared with the one figure each source gives
// for the same quantity: the same thing counted, of the same people
// (people in general, or a distinct group: troops, children), over the same
// scope (an event's toll, not a cumulative one "since October"; not a
// subset "including"; not a projection "will carry"; not another event
// "elsewhere"), in a clause about the same thing, about the same named
// people and places, from a report not older than the event, and — for
// counts that are not an event's toll — of the same order of magnitude.
// Intervals decide: "nearly 120" is [108, 120] and agrees with 119; "at
// least 5" agrees with 7; rounded scaled figures allow half their last
// digit ("€1.2bn" and "1.19 billion euros"). High for conflicting tolls of
// the dead or when the story's own figure conflicts over casualties; medium
// otherwise, and when only the sources disagree with each other.
//
// name: one alias given to different full names (high when the story uses
// both names, medium when a source supplies the other); a spelling variant
// of a name between the story and a source (low). Names are compared without
// case, diacritics, particles (al-, bin, van, de), hyphens or order, and by
// consonant skeleton for transliteration; surname-only mentions, initials
// and short given names are the same person possibly, never a finding.
//
// date: a stated weekday that is not its date's (high); a date exactly one
// year off a date the story's own timeline sets (medium: a year typed
// wrong); an explicit date that a source, in a sentence about the same
// thing, gives as another day (medium).
//
// Every finding carries the conflicting values themselves in
// evidence[].value, each with where it stands, a one-sentence summary an
// editor can act on, and why the rule fired.
package verify
