package claims

import (
	"strings"
	"testing"
)

// TestTranscriptQA checks that bare Q: and A: labels take the people the
// introduction of the exchange names.
func TestTranscriptQA(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speakers of the turns, in order
	}{
		{
			name: "put questions to",
			text: "HOST: Our reporter Maria Lindqvist spoke on Friday with the port director.\n\n" +
				"HOST: Later, Lindqvist put questions to Jonas Berg, director of the port authority.\n\n" +
				"Q: How many ships are waiting?\n\nA: Forty-one, and the queue is growing.\n\nQ: When will it clear?\n\nA: Not before Tuesday.",
			want: []string{"Host", "Host", "Maria Lindqvist", "Jonas Berg", "Maria Lindqvist", "Jonas Berg"},
		},
		{
			name: "questions from reporters",
			text: "Health minister Amara Diallo took questions from reporters in Dakar. Excerpts:\n\n" +
				"Q: Is the vaccine safe?\n\nDIALLO: It has been tested on 40,000 people.\n\nQ: Who pays for it?\n\nDIALLO: The state does.",
			want: []string{"reporter", "Amara Diallo", "reporter", "Amara Diallo"},
		},
		{
			name: "interviewed by",
			text: "Senator Ruth Okonkwo was interviewed by Daniel Price of the Evening Ledger.\n\n" +
				"Q: Will you run again?\n\nA: I have not decided.",
			want: []string{"Daniel Price", "Ruth Okonkwo"},
		},
		{
			name: "no introduction: a reporter asks, the answer keeps its label",
			text: "Q: Is it over?\n\nA: Not yet.",
			want: []string{"a reporter", "A"},
		},
		{
			name: "a questioner who names themself",
			text: "MS. OKONJO: Good afternoon.\n\nQ: Thanks. Ilse Brandt, Die Zeit. When does the convoy leave?\n\nMS. OKONJO: Tomorrow.",
			want: []string{"Ms. Okonjo", "Ilse Brandt", "Ms. Okonjo"},
		},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{})
			var got []string
			for _, q := range a.Quotes {
				if q.Transcript {
					got = append(got, q.Speaker)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("turns = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("turn %d speaker = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestSpeakerCases checks attributions that need more than the verb of
// speech next to the quotation.
func TestSpeakerCases(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker, outlet string
	}{
		{"she skips the man named last",
			"At the gates, Aigerim Sultanova said her husband, Daniyar Sultanov, was missing. “Nobody tells us anything,” she said.",
			"Nobody tells us anything,", "Aigerim Sultanova", ""},
		{"kinship marker in a name",
			"Meena a/p Krishnan, 41, won the seat by 90 votes. “My father cut cane here,” she said.",
			"My father cut cane here,", "Meena a/p Krishnan", ""},
		{"single quote closing after a nested double",
			"Her son left for the city. 'He told me, \"Mother, the river has nothing for me,\"' she says. 'What could I say?'",
			"What could I say?", "", ""},
		{"the statement said, after a body said in a statement",
			"Norvik Mining said in a statement that the shaft had passed inspection. “The company grieves with the families,” the statement said.",
			"The company grieves with the families,", "Norvik Mining", ""},
		{"host named by 'presented by'",
			"The following is a transcript of the results programme broadcast live by the channel TV Nusantara, presented by Sari Wulandari.\n\nHOST: Good evening.\n\nMINISTER HALIM: Thank you.",
			"Good evening.", "Sari Wulandari", "TV Nusantara"},
		{"a single name with an age is a person",
			"Floods hit West Java province. Sumarni, 61, who uses one name, sheltered in a school. “We lost everything,” she said.",
			"We lost everything,", "Sumarni", ""},
		{"the statement of a body described after 'in a statement'",
			"Southern Naval Command said the ship was hit. In a statement issued on Friday, the command said two sailors were hurt. “The vessel remains afloat,” the statement said.",
			"The vessel remains afloat,", "Southern Naval Command", ""},
		{"an office for the coordination of something is one name",
			"The Office for the Coordination of Refugee Services (OCRS) said camps were full. “We need tents,” OCRS said.",
			"We need tents,", "Office for the Coordination of Refugee Services", ""},
		{"a pronoun inside a turn looks before the turn's own words",
			"MS. VOSS: Our envoy, Ambassador Petra Lindahl, met both sides. At the close she said, and I'll read it in full: \"The guns must fall silent.\" End quote.\n\nQ: Thanks.",
			"The guns must fall silent.", "Petra Lindahl", ""},
		{"a role written right before a name makes a person",
			"Police said they had arrested Kojo Mensah, 45, a trader. Mines minister Esi Boateng visited the site on Friday. “We will close every illegal pit,” she said.",
			"We will close every illegal pit,", "Esi Boateng", ""},
		{"speaking to an outlet, the one named answers",
			"Speaking to Radio Sol on Friday night, Rana Haddad answered questions about her plans.\n\nQ: Did you expect to win?\n\nA: Honestly, no.",
			"Honestly, no.", "Rana Haddad", "Radio Sol"},
		{"a woman called X is a person",
			"Nurse Jide Okoro, 40, runs the ward. A woman called Bisi Adeyemi brought her mother in on Monday, and she said to me, “She stopped eating two days ago.”",
			"She stopped eating two days ago.", "Bisi Adeyemi", ""},
		{"an honorific goes with the surname",
			"Halima Bako runs the clinic. Bako Umaru, a driver, brought in two patients. “We have no more beds,” Dr Bako said.",
			"We have no more beds,", "Halima Bako", ""},
		{"the pronoun's contraction is not a name",
			"PRESENTER: Good evening, I'm Tomas Lindqvist.\n\nLINDQVIST: Welcome back.\n\nGUEST: Thank you.",
			"Welcome back.", "Tomas Lindqvist", ""},
		{"a quotation inside a transcript turn keeps its own speaker",
			"HOST: Good evening.\n\nGUEST: The port authority said in a statement that “all berths are closed until further notice”, and we believe it.",
			"all berths are closed until further notice", "port authority", ""},
		{"a quotation run over two paragraphs takes the speaker named after it",
			"Ama Owusu, 44, has farmed cocoa for 20 years with her brother, Kofi Mensah. She remembers better harvests.\n\n“My father filled forty sacks a season.\n\n“Now we fill twelve,” she said.",
			"My father filled forty sacks a season.", "Ama Owusu", ""},
		{"a place named in the dateline is not a speaker",
			"KOH RONG ISLAND, Cambodia — Sok Dara, 51, has fished the waters off Koh Rong for 30 years.\n\n“The fish are gone.\n\n“We go further every year,” he said.",
			"We go further every year,", "Sok Dara", ""},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{})
			var q *Quote
			for i := range a.Quotes {
				if a.Quotes[i].Text == tt.quote {
					q = &a.Quotes[i]
				}
			}
			if q == nil {
				var got []string
				for _, x := range a.Quotes {
					got = append(got, x.Text)
				}
				t.Fatalf("no quotation %q; found %q", tt.quote, got)
			}
			if tt.speaker != "" && q.Speaker != tt.speaker {
				t.Errorf("speaker %q, want %q", q.Speaker, tt.speaker)
			}
			if q.AttributedTo != tt.outlet {
				t.Errorf("outlet %q, want %q", q.AttributedTo, tt.outlet)
			}
		})
	}
}

// TestSpeakersAndOutlets checks the speaker and the outlet credited for
// quotes whose attribution refers back: a pronoun for an unnamed speaker,
// "the station" for an outlet named before, a transcript label that is a
// title.
func TestSpeakersAndOutlets(t *testing.T) {
	tests := []struct {
		name, text, quote, speaker, outlet string
	}{
		{"pronoun for a description",
			"Officers arrested three teenagers near the harbour on Friday, a police spokeswoman said. “All three are being interviewed,” she said.",
			"All three are being interviewed", "police spokeswoman", ""},
		{"pronoun skips a body named in reported speech",
			"Lena Vogt told Radio Alpen on Monday that the staff would stay out until the board agreed to talks. “The board knows our number,” she said.",
			"The board knows our number", "Lena Vogt", "Radio Alpen"},
		{"the station",
			"The mayor of Ostrava, Pavel Dvořák, told Radio Morava that the bridge would reopen. “We were lucky,” Dvořák told the station.",
			"We were lucky", "Pavel Dvořák", "Radio Morava"},
		{"quoted as saying",
			"Radio Alpen, which first reported the closure, quoted his daughter, Mira, as saying the family was \"devastated\".",
			"devastated", "Mira", "Radio Alpen"},
		{"quoted him as saying",
			"Fire chief Tomas Berg spoke at dawn. The daily Nordposten quoted him as saying that \"the wind has turned\".",
			"the wind has turned", "Tomas Berg", "Nordposten"},
		{"dateline is not a speaker",
			"PORT HEDLAND, Australia - The first thing Tom Reyes showed me was the dry creek.\n\nTom Reyes is 61. He has run cattle here for decades.\n\n“Why would I buy feed for a dead herd?” he asked.",
			"Why would I buy feed for a dead herd?", "Tom Reyes", ""},
		{"a surname for the person the story names most",
			"Ana Duarte won the vote. Duarte, 44, thanked her staff. Party spokesman Rui Duarte said the result was clear.\n\n" +
				"Analysts said turnout had fallen to its lowest level since the constitution was rewritten, and that the opposition had failed to " +
				"bring its own voters out in the northern districts, where the mines have closed and the young have left for the coast.\n\n" +
				"Observers from the regional bloc praised the count, which they said had been orderly and quick, and the electoral court said " +
				"it had received fewer complaints than at any election in two decades.\n\n“We will govern for everyone,” Duarte said later at her rally, after a long night.",
			"We will govern for everyone", "Ana Duarte", ""},
		{"an indefinite description",
			"Tom Reyes is 61.\n\nAt the dam a man in a straw hat was mending nets.\n\n“The lake was full when I was a boy,” a 74-year-old fisherman said.",
			"The lake was full when I was a boy,", "74-year-old fisherman", ""},
		{"the airline for a name ending in Air",
			"Kestrel Air said in a statement that 40 people were aboard.\n\n“We are devastated,” the airline said.",
			"We are devastated,", "Kestrel Air", ""},
		{"a relative clause's antecedent",
			"Mensah is no relation of Dr Ama Mensah, the former director, who told Joy FM that the rise had been “entirely predictable”.",
			"entirely predictable", "Ama Mensah", "Joy FM"},
		{"a noun set before the name sexes it",
			"Grace Akinyi, 31, sat by the bed of her youngest son, Otieno, aged 4.\n\n“I thought it was the water,” she said.",
			"I thought it was the water,", "Grace Akinyi", ""},
		{"a described person, not the name in the phrase",
			"A 58-year-old neighbour of Ana Ruiz in Triana, who asked not to be named, said she had been “always kind”.",
			"always kind", "58-year-old neighbour of Ana Ruiz in Triana", ""},
		{"an outlet's own name opening a longer one",
			"Flooding reached Portugal's coast. “We lost everything,” her son, Rui Matos, told CNN Portugal.",
			"We lost everything,", "Rui Matos", "CNN Portugal"},
		{"a named speaker between two pronouns",
			"He said the club would appeal. But striker Tom Reed said the team had moved on. “We play on Saturday,” he said.",
			"We play on Saturday,", "Tom Reed", ""},
		{"quoted a description as saying",
			"Radio Uno quoted the mayor of Lagos as saying the roads were “impassable”.",
			"impassable", "mayor of Lagos", "Radio Uno"},
		{"two people introduced, no guess",
			"John Carr and his neighbour Anna Berg, 44, ran the shop.\n\n“We never closed,” came the reply.",
			"We never closed,", "", ""},
		{"title as a transcript label",
			"On tonight's programme Lucía Ferrer speaks to Tomás Ibarra, Chile's Minister of Mining, and to the economist Ana Vidal.\n\n" +
				"HOST: Minister, will the mine reopen?\n\nMINISTER: Not this year.",
			"Not this year.", "Tomás Ibarra", ""},
		{"host named by who speaks to whom",
			"On tonight's programme Lucía Ferrer speaks to Tomás Ibarra, Chile's Minister of Mining.\n\n" +
				"HOST: Minister, will the mine reopen?\n\nMINISTER: Not this year.",
			"Minister, will the mine reopen?", "Lucía Ferrer", ""},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{})
			for _, q := range a.Quotes {
				if !strings.HasPrefix(q.Text, tt.quote) {
					continue
				}
				if q.Speaker != tt.speaker || q.AttributedTo != tt.outlet {
					t.Errorf("%q: speaker %q outlet %q; want %q %q", tt.quote, q.Speaker, q.AttributedTo, tt.speaker, tt.outlet)
				}
				return
			}
			t.Fatalf("no quote %q", tt.quote)
		})
	}
}

// TestInterviewQA checks a Q&A excerpt introduced by "in an interview
// with OUTLET, X answered questions": the outlet asks and carries both.
func TestInterviewQA(t *testing.T) {
	text := "In an interview with the weekly magazine Vistazo, published on Sunday, Minister Paula Ortega answered questions:\n\n" +
		"Q: Is the budget realistic?\n\nA: Yes. Every peso is accounted for.\n\nQ: And if the tax bill fails?\n\nA: Then we cut spending."
	a := NewAnalyzer().Analyze(text, Options{})
	want := []struct{ speaker, outlet string }{
		{"Vistazo", "Vistazo"}, {"Paula Ortega", "Vistazo"}, {"Vistazo", "Vistazo"}, {"Paula Ortega", "Vistazo"},
	}
	if len(a.Quotes) != len(want) {
		t.Fatalf("%d turns, want %d", len(a.Quotes), len(want))
	}
	for i, q := range a.Quotes {
		if q.Speaker != want[i].speaker || q.AttributedTo != want[i].outlet {
			t.Errorf("turn %d %q: speaker %q outlet %q; want %q %q", i, q.Text, q.Speaker, q.AttributedTo, want[i].speaker, want[i].outlet)
		}
	}
}

// TestCallTranscript checks an earnings call's labels: job titles for the
// people introduced with them, an analyst by the firm named in brackets,
// an outlet credited in brackets.
func TestCallTranscript(t *testing.T) {
	text := "Chief executive Lena Holm told analysts that orders had slowed. Chief financial officer Omar Sayed also took questions.\n\n" +
		"OPERATOR: The first question comes from Priya Nair at Berenberg.\n\n" +
		"ANALYST (Berenberg): Are the cuts on top of the spring programme?\n\n" +
		"CHIEF EXECUTIVE OFFICER: They are on top.\n\n" +
		"CHIEF FINANCIAL OFFICER: The savings come next year.\n\n" +
		"PAUL BRANDT (courtesy Radio Nord): We were never told."
	a := NewAnalyzer().Analyze(text, Options{})
	want := map[string][2]string{
		"Are the cuts on top of the spring programme?": {"Priya Nair", ""},
		"They are on top.":            {"Lena Holm", ""},
		"The savings come next year.": {"Omar Sayed", ""},
		"We were never told.":         {"Paul Brandt", "Radio Nord"},
	}
	for _, q := range a.Quotes {
		w, ok := want[q.Text]
		if !ok {
			continue
		}
		delete(want, q.Text)
		if q.Speaker != w[0] || q.AttributedTo != w[1] {
			t.Errorf("%q: speaker %q outlet %q; want %q %q", q.Text, q.Speaker, q.AttributedTo, w[0], w[1])
		}
	}
	for q := range want {
		t.Errorf("no turn %q", q)
	}
}

// TestSpeakersOfTheTwelfthSet checks speakers the blind h12 stories
// showed the reader getting wrong, in stories of their own.
func TestSpeakersOfTheTwelfthSet(t *testing.T) {
	tests := []speakerCase{
		{"a long apposition before the verb",
			"Brokers were split. “The cut is the story,” Lena Marsh, head of research at Kestrel Securities, who once worked at the bank, told Wire Daily.",
			"The cut is the story,", "Lena Marsh"},
		{"the magistrate, by her title",
			"Chief Magistrate Rose Atieno read the judgment. The defence lawyer, Paul Mwangi, asked for leniency.\n\n“The law punishes knowledge,” the magistrate said.",
			"The law punishes knowledge,", "Rose Atieno"},
		{"an honorific of the other sex than her namesake's",
			"Mr Daniel Kiprop, 58, was jailed. Grace Kiprop, 41, who is not related to him, was acquitted.\n\nMr Kiprop stood. Ms Kiprop wept. “I thank God,” Ms Kiprop said.",
			"I thank God,", "Grace Kiprop"},
		{"Mr is not the one named Dr throughout",
			"Ahmed Hassan, a shopkeeper, lost his stock. Dr Amina Hassan, who runs the clinic, said medicine had run out.\n\n“We have no medicines,” Dr Hassan said. “The water came at night,” Mr Hassan said.",
			"The water came at night,", "Ahmed Hassan"},
		{"a name after a preposition is where, not who",
			"Havelwerk, the German pump maker, said orders fell.\n\n“Orders will recover,” said Havelwerk's chief executive at the Hannover Messe trade fair on Monday.",
			"Orders will recover,", "Havelwerk"},
		{"Dr says nothing of sex",
			"Dr Amina Hassan, who runs the clinic, said supplies had run out.\n\n“We have asked the ministry twice,” Mrs Hassan said.\n\nAli Hassan, a pharmacist nearby, agreed.",
			"We have asked the ministry twice,", "Amina Hassan"},
	}
	an := NewAnalyzer()
	checkSpeakers(t, an, tests, speakerIs)
}

// TestCurrencyEndsName checks that "Sh5 million" after a surname is an
// amount, not the end of the name.
func TestCurrencyEndsName(t *testing.T) {
	a := NewAnalyzer().Analyze("She fined Dr Kiprop Sh5 million on each count.", Options{})
	for _, e := range a.Entities {
		if strings.Contains(e.Name, "Sh") {
			t.Errorf("entity %q holds the currency", e.Name)
		}
	}
}

// TestSpeakersOfTheThirteenthSet checks readings the blind h13 and s14
// stories showed wrong, in sentences of their own.
func TestSpeakersOfTheThirteenthSet(t *testing.T) {
	tests := []speakerCase{
		{"a role in capitals after the name",
			"Anna Kowalska, Chief Information Security Officer, said: \"No payment data was taken.\"",
			"No payment data was taken.", "Anna Kowalska"},
		{"a reporter no one introduces is the byline's",
			"Wells run dry in Borana\n\nBy Hanna Girma | Horn Radio | Thursday, October 15, 2026\n\nYABELO, Ethiopia — The wells are dry. Dawit Alemu runs the water trucks.\n\nREPORTER: How many trucks run today?\n\nDAWIT ALEMU: Forty. Yesterday it was more.\n\nREPORTER: And tomorrow?\n\nDAWIT ALEMU: Fewer.",
			"How many trucks run today?", "Hanna Girma"},
		{"the prosecutor is the state advocate introduced before",
			"The court sentenced him on Friday.\n\nState advocate Pieter Steyn had asked for 25 years.\n\n“Every rand stolen here was meant for a tap,” the prosecutor said on Tuesday.",
			"Every rand stolen here was meant for a tap,", "Pieter Steyn"},
		{"the lawyer is the defence attorney introduced before",
			"Prosecutor Ana Silva asked for ten years. Defence attorney Marco Ruiz asked for acquittal.\n\n“My client is innocent,” the lawyer said.",
			"My client is innocent,", "Marco Ruiz"},
	}
	an := NewAnalyzer()
	checkSpeakers(t, an, tests, speakerIs)
	// "the authority said … that Patikaház had reported the breach": the
	// body inside the clause is not the credit.
	a := an.Analyze("The regulator said on Wednesday that Kestrel Mobile had reported the breach on Monday.", Options{Outlets: []string{"Kestrel Mobile"}})
	for _, s := range a.Statements {
		if s.Outlet == "Kestrel Mobile" {
			t.Errorf("statement credited to %q, a body inside what another says", s.Outlet)
		}
	}
	// A money word from a currency not read before.
	if f := an.Analyze("The deficit was set at 271.6 billion zlotys.", Options{}).Figures; len(f) == 0 || f[0].Unit != "PLN" {
		t.Errorf("zlotys not read as PLN: %+v", f)
	}
}

// TestSpeakersOfCommonForms checks attributions that real news pages use
// and a reader must not miss or give to the last speaker.
func TestSpeakersOfCommonForms(t *testing.T) {
	tests := []speakerCase{
		{"quoted as saying, after the quotation",
			"The agency Nordnews quoted Viktor Zaitsev, a lawmaker, as calling the plant a target. \"The plant fuels the tanks,\" Zaitsev was quoted as saying.",
			"The plant fuels the tanks,", "Viktor Zaitsev"},
		{"an office named by its holder",
			"The Tasker County Sheriff’s Office said in a statement that the chase covered 12 miles. “Deputies showed restraint,” the statement said.",
			"Deputies showed restraint,", "Tasker County Sheriff’s Office"},
		{"a headline's quotation is the body's",
			"‘People have spoken’: Rao sweeps the state\n\nK. Venkata Ramana Rao won 101 seats.\n\n“The people have spoken. We will govern for all,” Mr. Rao said on Thursday.",
			"People have spoken", "K. Venkata Ramana Rao"},
		{"a lone surname is the one its owner goes by",
			"Rosa Elvira Quispe Mamani leads. Alberto Mamani Torres is third.\n\nQuispe thanked voters. Quispe will face a runoff.\n\n“The people have spoken,” Mamani said.",
			"The people have spoken,", "Alberto Mamani Torres"},
		{"a lead-in paragraph ending in a colon",
			"The Electoral Commission of Zambia has published its latest bulletin. We quote it in full:\n\n“With 87.4% of polling stations counted, turnout stands at 61%.”",
			"With 87.4% of polling stations counted, turnout stands at 61%.", "Electoral Commission of Zambia"},
		{"a body with its short form and a relative clause",
			"The European Anti-Fraud Office (OLAF), which opened its own inquiry in 2024, said in a statement: “The judgment is consistent with our findings.”",
			"The judgment is consistent with our findings.", "European Anti-Fraud Office"},
		{"a Polish advocate's abbreviated title",
			"His lawyer, mecenas Jakub Lis, said the defence would appeal.\n\n„My client did not steal a single złoty,” mec. Lis said.",
			"My client did not steal a single złoty,", "Jakub Lis"},
		{"a chant the speaker asks for",
			"Julio Villanueva spoke in the square.\n\n“Tonight we won. Say it with me: ‘The teacher does not give up!’” Villanueva shouted.",
			"The teacher does not give up!", "Julio Villanueva"},
		{"guillemets inside Polish quotation marks",
			"Marek Nowak ran the site.\n\nProsecutor Anna Lis told the court: „The manager warned him. Nowak answered in one line: «Pour it, nobody will count the bars.» That line cost lives,” Lis said.",
			"Pour it, nobody will count the bars.", "Marek Nowak"},
		{"a question, then the name and verb",
			"Amara Osei is a chemist.\n\n“Are you sure about these numbers?” Osei asked. “Nitrates in the well? Really.”",
			"Are you sure about these numbers?", "Amara Osei"},
		{"a nested question, then the name and verb",
			"Amara Osei is a chemist.\n\n“I told him, ‘Can I even trust this data?’” Osei recalled.",
			"I told him, ‘Can I even trust this data?’", "Amara Osei"},
		{"a manner adverb between subject and verb",
			"Kofi Mensah ran the depot.\n\n“We got it wrong,” Mensah allegedly told a supervisor.",
			"We got it wrong,", "Kofi Mensah"},
		{"the verb 'comments' inverted",
			"The band's founder, Rui Castro, spoke on Friday.\n\n“We are thrilled about the tour,” comments Castro in a statement.",
			"We are thrilled about the tour,", "Rui Castro"},
		{"a report from a named firm",
			"Shares rose on Monday.\n\n“The market is pricing in a recovery,” said a report from Halden Capital Partners.",
			"The market is pricing in a recovery,", "Halden Capital Partners"},
		{"an indefinite speaker is not the last one",
			"Chief Inspector Dana Whitfield led the raid.\n\n“We are going in,” Whitfield said.\n\n“Hands where I can see them!” an officer ordered.",
			"Hands where I can see them!", "officer"},
		{"a description ending in a relative clause",
			"Families waited at the hospital.\n\n“They say they found 30 people,” said a 58-year-old man from Sohar whose daughter was aboard.",
			"They say they found 30 people,", "58-year-old man from Sohar"},
		{"the N-year-old opening a colon introduction",
			"The club appointed Lars Nyberg on Monday. The 51-year-old said after the signing: \"I am proud to join a club with such history.\"",
			"I am proud to join a club with such history.", "Lars Nyberg"},
		{"a named lead and his team",
			"Astronomers led by Ines Ferreira studied the moon.\n\n“Water escapes less often than we thought,” Ferreira and her team wrote in the paper.",
			"Water escapes less often than we thought,", "Ines Ferreira"},
		{"two closing singles for a closing double",
			"“It was meant to mislead voters,’’ Adaeze Nwosu, head of the monitoring group FactWatch, told the broadcaster.",
			"It was meant to mislead voters,", "Adaeze Nwosu"},
		{"an indefinite speaker described by what they do",
			"Gunmen opened fire on the bar.\n\n“They came in shooting at the tables,” said a waiter, who asked not to be named.",
			"They came in shooting at the tables,", "waiter"},
		{"a mother named in apposition, then she",
			"Among the dead was Juan Ortiz, a cook. His mother, Rosa Ortiz, told a local paper that he had taken an extra shift.\n\n“He cooked. That is all he did,” she told the paper.",
			"He cooked. That is all he did,", "Rosa Ortiz"},
		{"the coach named since the other coach spoke",
			"“We were the better side,” India coach Sunil Iyer said.\n\nAustralia coach Grant Reid said the squad would be named on Wednesday. “Callum is the one thing that went right for us,” the coach said.",
			"Callum is the one thing that went right for us,", "Grant Reid"},
		{"he who was asked, not the one asked about",
			"Australia coach Grant Reid spoke after the match.\n\nAsked whether Pascoe, who went wicketless, would keep his place, he said: “Ollie took four wickets in the first innings.”",
			"Ollie took four wickets in the first innings.", "Grant Reid"},
		{"a name inside the subject's whose-clause is not he",
			"Australia captain Tom Hartigan blamed the batting.\n\nHartigan, whose contract with Cricket Australia runs to 2028, said he would stay on. “Two bad days don't make a bad side,” he said.",
			"Two bad days don't make a bad side,", "Tom Hartigan"},
		{"a town in a clause about a thing does not speak",
			"The landslide hit the town of Okutani.\n\nThe governor, Tanigawa Keiko, told a broadcaster that the slope works Okutani had asked for were “exactly the kind of spending that saves lives”.",
			"exactly the kind of spending that saves lives", "Tanigawa Keiko"},
		{"a person known by what only people do",
			"Martin Hale spoke on Monday. \"I made a judgement call,\" he told the programme.",
			"I made a judgement call,", "Martin Hale"},
	}
	an := NewAnalyzer()
	checkSpeakers(t, an, tests, speakerHas)
	// "X said, according to El Universal": the second credit is the outlet.
	if qs := an.Analyze("Arturo Campos is a lawyer.\n\n“My client was at home,” his lawyer, Arturo Campos, said, according to El Universal.", Options{}).Quotes; len(qs) == 0 || qs[0].AttributedTo != "El Universal" {
		t.Errorf("outlet after the speaker's credit not read: %+v", qs)
	}
	// A transcript label with a long parenthesis.
	if qs := an.Analyze("ANCHOR: Over to Kyushu.\n\nSATO RYOTA (Japan Meteorological Agency, translated from Japanese): The city recorded 734 millimetres of rain in 48 hours.", Options{}).Quotes; len(qs) < 2 {
		t.Errorf("a labelled turn with a long parenthesis not read: %d turns", len(qs))
	}
	// A quotation after one no speaker was found for does not go to the
	// speaker before that.
	a := an.Analyze("“We are going in,” Dana Whitfield said.\n\nThe door gave way. “Step out,” came a voice from the crowd. “Everybody out of the building now.”", Options{})
	for _, q := range a.Quotes {
		if q.Text == "Everybody out of the building now." && q.Speaker == "Dana Whitfield" {
			t.Errorf("%q given to %q, the speaker before an unattributed quotation", q.Text, q.Speaker)
		}
	}
}

// TestNamesOfTheFifteenthSet checks names the held-out Iranian, Japanese
// and Australian stories taught.
func TestNamesOfTheFifteenthSet(t *testing.T) {
	an := NewAnalyzer()
	find := func(a *Analysis, name string) *Entity {
		for _, e := range a.Entities {
			if e.Name == name {
				return e
			}
		}
		return nil
	}
	// "Governor of Lorestan Mohammad-Reza Hosseini": the place and the man.
	a := an.Analyze("The quake hit Lorestan province on Thursday. Governor of Lorestan Mohammad-Reza Hosseini, visiting the villages, said all homes had collapsed.", Options{})
	e := find(a, "Mohammad-Reza Hosseini")
	if e == nil {
		var names []string
		for _, x := range a.Entities {
			names = append(names, x.Name)
		}
		t.Fatalf("no Mohammad-Reza Hosseini among %q", names)
	}
	if len(e.Titles) > 0 {
		t.Errorf("a participle clause taken for a title: %q", e.Titles)
	}
	// A title word after a capitalised modifier: "Territory Coroner".
	a = an.Analyze("Territory Coroner Theodora Malouf delivered her findings in Darwin.", Options{})
	if find(a, "Theodora Malouf") == nil {
		t.Errorf("the coroner's name keeps her title")
	}
	// "“…,” Matsubara Hiroshi, Suo Kasei’s president, said": the role after
	// the name is his.
	a = an.Analyze("“We deeply apologise,” Matsubara Hiroshi, Suo Kasei’s president, said in the statement.", Options{})
	if e := find(a, "Matsubara Hiroshi"); e == nil || len(e.Titles) == 0 {
		t.Errorf("no role for Matsubara Hiroshi: %+v", e)
	}
	// A credit after the figure: ", the coroner said".
	a = an.Analyze("She had been without power for about 61 hours, Territory Coroner Theodora Malouf said in her findings.", Options{})
	if len(a.Figures) == 0 || a.Figures[0].Reporter == "" {
		t.Errorf("the figure has no reporter: %+v", a.Figures)
	}
}

// TestSpeakersOfTheThirdReview checks the misreadings a review of the
// fifteenth round found.
func TestSpeakersOfTheThirdReview(t *testing.T) {
	tests := []speakerCase{
		{"a family after a possessive is no adverb",
			"Maria Lopez died in the fire.\n\n“We will remember her,” Lopez's family said.",
			"We will remember her,", "Lopez's family"},
		{"a question after a colon keeps its speaker",
			"Villager Ana Reyes put it bluntly: “Where was the government?” Mayor Luis Tan said help had arrived on Monday.",
			"Where was the government?", "Ana Reyes"},
		{"the judge is not the justice minister",
			"Justice Minister Olga Petrenko welcomed the verdict.\n\n“The law applies to everyone,” the judge said.",
			"The law applies to everyone,", "judge"},
		{"the lawyer is not the attorney general",
			"Attorney General Ruth Mensah filed the charges.\n\n“My client will appeal,” the lawyer said.",
			"My client will appeal,", "lawyer"},
		{"an age that is not the age given",
			"Peter Mwangi, 41, a driver, was hurt.\n\n“We saw the truck coming,” the 63-year-old said.",
			"We saw the truck coming,", "63-year-old"},
		{"a letter from someone's lawyer",
			"Tomasz Nowak was charged on Monday.\n\n“My client is innocent,” said a letter from Nowak's lawyer.",
			"My client is innocent,", "Nowak's lawyer"},
	}
	an := NewAnalyzer()
	checkSpeakers(t, an, tests, speakerWordsAre)
	// "Governor of New York Kathy Hochul": a place of two words.
	for _, tt := range []struct{ text, name string }{
		{"Governor of New York Kathy Hochul said the state would help.", "Kathy Hochul"},
		{"Minister of Home Affairs Amit Shah said the force would stay.", "Amit Shah"},
	} {
		found := false
		for _, e := range an.Analyze(tt.text, Options{}).Entities {
			found = found || e.Name == tt.name
		}
		if !found {
			t.Errorf("%q: no %q", tt.text, tt.name)
		}
	}
}

// TestSpeakersOfTheFifteenthLabelledSet checks what a Senate hearing
// transcript and a feature from a Syrian camp taught.
func TestSpeakersOfTheFifteenthLabelledSet(t *testing.T) {
	hearing := "WASHINGTON — Sen. Daniel Martínez, a New Mexico Democrat, questioned a memo by an engineer, Luis Martinez, who is no relation. The subcommittee's chair, Sen. Margaret Hale, a Kansas Republican, opened the session. The ranking Democrat, Sen. Peter Kovac of Michigan, pressed the witness, Chidi Okonjo.\n\nCHAIR: The subcommittee will come to order. Mr. Okonjo, please stand and raise your right hand.\n\nTHE WITNESS: I do.\n\nSEN. MARTÍNEZ: So you knew about the delay.\n\nMR. OKONJO: Thank you, Madam Chair, Ranking Member Kovac.\n\nSEN. KOVAC: Then who did?"
	want := map[string]string{
		"The subcommittee will come to order. Mr. Okonjo, please stand and raise your right hand.": "Margaret Hale",
		"I do.":                        "Chidi Okonjo",
		"So you knew about the delay.": "Daniel Martínez",
		"Then who did?":                "Peter Kovac",
	}
	an := NewAnalyzer()
	got := map[string]string{}
	for _, q := range an.Analyze(hearing, Options{}).Quotes {
		got[q.Text] = q.Speaker
	}
	for quote, speaker := range want {
		if got[quote] != speaker {
			t.Errorf("speaker of %q = %q, want %q", quote, got[quote], speaker)
		}
	}
	tests := []speakerCase{
		{"the senator is the one in that role named last",
			"Sen. Daniel Martínez spent most of his time on an internal memo. Speaking after the hearing, the senator called the memo “the whole case in two pages.”",
			"the whole case in two pages.", "Daniel Martínez"},
		{"a kunya tells the sex",
			"Everyone calls him Abu Khaled. His wife, whom everyone calls Umm Khaled, was drying papers.\n\n“We should go home,” Umm Khaled said.\n\nAbu Khaled had heard. He was digging a trench.\n\n“Let it rain,” he said.",
			"Let it rain,", "Abu Khaled"},
	}
	checkSpeakers(t, an, tests, speakerKnownAs)
	// "Abu Khaled" and "Umm Khaled" are two parents.
	if !otherKunya("Abu Khaled", "Umm Khaled") || otherKunya("Abu Khaled", "Abu-Khaled") {
		t.Errorf("otherKunya wrong")
	}
}

// TestCourtTranscriptRoles: a hearing's role labels are the people the
// report named right after the role.
func TestCourtTranscriptRoles(t *testing.T) {
	report := "The three-judge panel, presided over by Judge Ragnheiður Ólafsdóttir, convicted Einar Gunnarsson in the case of the District Prosecutor against him.\n\nThe prosecutor, Hafþór Ingason of the District Prosecutor's office, had asked for five years. His lawyer, Ólafur Þórðarson, said he would appeal.\n\nWhat follows is a transcript of the hearing.\n\nPRESIDING JUDGE: The court is in session.\n\nPROSECUTOR: The prosecution will consider the judgment.\n\nDEFENCE COUNSEL: My client will appeal.\n\nPRESIDING JUDGE: So noted."
	want := map[string]string{
		"The court is in session.":                    "Ragnheiður Ólafsdóttir",
		"The prosecution will consider the judgment.": "Hafþór Ingason",
		"So noted.":              "Ragnheiður Ólafsdóttir",
		"My client will appeal.": "Ólafur Þórðarson",
	}
	got := map[string]string{}
	for _, q := range NewAnalyzer().Analyze(report, Options{}).Quotes {
		got[q.Text] = q.Speaker
	}
	for quote, speaker := range want {
		if got[quote] != speaker {
			t.Errorf("speaker of %q = %q, want %q", quote, got[quote], speaker)
		}
	}
}

// TestSpeakerPastRoleAndRelativeClause: "X, a role at Y in PLACE, who
// …, said" is X speaking, not the place.
func TestSpeakerPastRoleAndRelativeClause(t *testing.T) {
	tests := []speakerCase{
		{"a place ends the role before the relative clause",
			"The union leader, Anna Szabó, said workers would strike.\n\nPéter Szabó, chief economist at Lánchíd Securities in Budapest, who is not related to the union leader, said the bank had cut \"once to show that it can\".",
			"once to show that it can", "Péter Szabó"},
	}
	checkSpeakers(t, NewAnalyzer(), tests, speakerIs)
	posted := []speakerCase{
		{"a statement posted is no speaker",
			"Einar Gunnarsson was sentenced on Thursday.\n\nEinar, who founded the company, said in a statement posted on Facebook on Thursday evening that he had \"never taken money that was not owed to me\".",
			"never taken money that was not owed to me", "Einar Gunnarsson"},
	}
	checkSpeakers(t, NewAnalyzer(), posted, speakerIs)
}

// TestHeldOutSeventeen: what the h17 set taught about speakers.
func TestHeldOutSeventeen(t *testing.T) {
	tests := []speakerCase{
		{"a feminine surname makes a person the pronoun can mean",
			"Deputy Mayor Aigerim Serikqyzy said the city would pay. She told Dala TV that inspectors would check factories.\n\nAt the Burns Centre on Tuesday, Zhanar Abenova waited for news of her husband, a loader.\n\n\"They told us he is stable,\" she said.",
			"They told us he is stable,", "Zhanar Abenova"},
		{"a quoted gloss after a nickname is hers too",
			"Kanokwan Intharasuk, 41, a nephrologist whom patients call Mor Ploy, \"Doctor Ploy\", after her nickname, runs the unit.\n\n\"The patients are getting younger,\" Doctor Ploy said.",
			"The patients are getting younger,", "Kanokwan Intharasuk"},
	}
	checkSpeakers(t, NewAnalyzer(), tests, speakerIs)
}

// TestStoryCallsPeopleByGivenNames: when a story says it shortens names
// to given names, a one-word name is the person whose given name it is.
func TestStoryCallsPeopleByGivenNames(t *testing.T) {
	base := "Among the first to reach the boat was Getachew Bayleyegn, a fisherman, who pulled seven people out.\n\n\"I could only take seven,\" Getachew said.\n\n(Reporting by Samuel Getachew in Addis Ababa)"
	tests := []speakerCase{
		{"the story's own convention", "Ethiopians are usually referred to by their first names.\n\n" + base, "I could only take seven,", "Getachew Bayleyegn"},
	}
	checkSpeakers(t, NewAnalyzer(), tests, speakerIs)
	// Without the cue a one-word name is a surname, as in most stories.
	a := NewAnalyzer().Analyze(base, Options{})
	for _, q := range a.Quotes {
		if q.Text == "I could only take seven," && q.Speaker == "Getachew Bayleyegn" {
			t.Errorf("without the cue, %q went to the given name", q.Text)
		}
	}
}

// TestNthDefendant: "FIRST DEFENDANT:" and "SECOND DEFENDANT:" are the
// people a case's title names in that order.
func TestNthDefendant(t *testing.T) {
	text := "The court sat in the case of the District Prosecutor against Einar Gunnarsson and Sigrún Gunnarsdóttir, the report said.\n\nWhat follows is a transcript.\n\nFIRST DEFENDANT: I will appeal.\n\nSECOND DEFENDANT: May I say something?"
	want := map[string]string{"I will appeal.": "Einar Gunnarsson", "May I say something?": "Sigrún Gunnarsdóttir"}
	for _, q := range NewAnalyzer().Analyze(text, Options{}).Quotes {
		if w, ok := want[q.Text]; ok && q.Speaker != w {
			t.Errorf("speaker of %q = %q, want %q", q.Text, q.Speaker, w)
		}
		delete(want, q.Text)
	}
	if len(want) > 0 {
		t.Errorf("turns not read: %v", want)
	}
}

type speakerCase struct{ name, text, quote, speaker string }

// checkSpeakers runs speaker cases: each quote is found and its speaker
// passes same.
func checkSpeakers(t *testing.T, an *Analyzer, tests []speakerCase, same func(q Quote, want string) bool) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, q := range an.Analyze(tt.text, Options{}).Quotes {
				if q.Text == tt.quote {
					if !same(q, tt.speaker) {
						t.Errorf("speaker of %q = %q, want %q", tt.quote, q.Speaker, tt.speaker)
					}
					return
				}
			}
			t.Errorf("no quote %q", tt.quote)
		})
	}
}

// speakerWordsAre: the words that credit the quote are want.
func speakerWordsAre(q Quote, want string) bool { return q.Speaker == want }

// speakerIs: the credit or the person it resolves to is want.
func speakerIs(q Quote, want string) bool {
	return q.Speaker == want || q.SpeakerEntity != nil && q.SpeakerEntity.Name == want
}

// speakerHas: the credit holds want, or resolves to the person want.
func speakerHas(q Quote, want string) bool {
	return strings.Contains(q.Speaker, want) || q.SpeakerEntity != nil && q.SpeakerEntity.Name == want
}

// speakerKnownAs: the credit, or the name or an alias of its person,
// holds want.
func speakerKnownAs(q Quote, want string) bool {
	return strings.Contains(q.Speaker, want) || q.SpeakerEntity != nil && strings.Contains(q.SpeakerEntity.Name+" "+strings.Join(q.SpeakerEntity.Aliases, " "), want)
}

// TestLabelBroughtIn: a transcript label that names no one is the person
// the turn before brings in or addresses, not one it thanks or mentions
// in passing.
func TestLabelBroughtIn(t *testing.T) {
	text := "Flood warning for the Prut valley, May 25 (Radio Prut) - An edited transcript.\n\n" +
		"PRESENTER: Thank you, Ana Popescu. Now the weather.\n\n" +
		"FORECASTER: Rain is coming tomorrow.\n\n" +
		"PRESENTER: Let me bring in Dr Vasile Rusu, who spoke to Ana Popescu earlier. Dr Rusu, how high is the river?\n\n" +
		"HYDROLOGIST: It is at 6.4 metres."
	want := map[string]string{"Rain is coming tomorrow.": "Forecaster", "It is at 6.4 metres.": "Vasile Rusu"}
	for _, q := range NewAnalyzer().Analyze(text, Options{}).Quotes {
		if w, ok := want[q.Text]; ok && q.Speaker != w {
			t.Errorf("%q: speaker %q, want %q", q.Text, q.Speaker, w)
		}
	}
}

// TestDayNeverSpeaks: a weekday or a month before "said" is no speaker; a
// woman called June, described as a person, is.
func TestDayNeverSpeaks(t *testing.T) {
	tests := []struct{ text, speaker string }{
		{"The central bank cut its rate on Wednesday, its third cut, but warned that inflation was high and said it would move “with more caution” from here.", ""},
		{"The bank cut its rate in March, its third cut, and said it would move “with more caution” from here.", ""},
		{"“We are ready,” said June, a nurse at the clinic.", "June"},
		{"“I lost everything,” said April, 34, a mother of two.", "April"},
	}
	for _, tt := range tests {
		qs := NewAnalyzer().Analyze(tt.text, Options{}).Quotes
		if len(qs) != 1 || qs[0].Speaker != tt.speaker {
			t.Errorf("%q: %+v, want speaker %q", tt.text, qs, tt.speaker)
		}
	}
}

// TestOwnMasthead: an outlet in the programme line over a transcript is
// the story's own; a headline that names an outlet, or a word that only
// contains its name, is not.
func TestOwnMasthead(t *testing.T) {
	tests := []struct {
		head, outlet string
		own          bool
	}{
		{"Prut floods: thousands evacuated\n\nRadio Prut | Morning Edition | Monday, May 25, 2026\n\nCAHUL, Moldova (Radio Prut) - Text.", "Morning Edition", true},
		{"Japan floods leave thousands stranded\n\nTOKYO - Text of the story.", "AP", false},
		{"BBC says mayor warned of floods\n\nLONDON - Text of the story.", "BBC", false},
		{"Floods in the south\n\nCAHUL, Moldova, May 25 (Radio Prut) - Text of the story.", "Radio Prut", true},
	}
	for _, tt := range tests {
		a := NewAnalyzer().Analyze(tt.head, Options{})
		if got := a.ownMasthead(tt.outlet); got != tt.own {
			t.Errorf("%q in %q: own %v, want %v", tt.outlet, tt.head, got, tt.own)
		}
	}
}

// TestNestedQuotes: a quotation inside a quotation, in the other marks,
// is one of its own when the outer one names who said it right before;
// scare quotes and apostrophes are not.
func TestNestedQuotes(t *testing.T) {
	text := "Kiri Ngata-Whaanga made 41. The coach, Whetu Paraone, was pleased.\n\n" +
		"‘Before we went out, Whetu told us, “Hit it to the short side and run like mad,” and that’s what we did,’ Ngata-Whaanga said.\n\n" +
		"Awhina Rawiri took four wickets. ‘I was nervous. I just kept telling myself, “Land it, land it,”’ Rawiri said.\n\n" +
		"“The players’ ‘bubble’ was broken, and that’s on us,” the coach said."
	want := map[string]string{
		"Hit it to the short side and run like mad,": "Whetu Paraone",
		"Land it, land it,":                          "Awhina Rawiri",
	}
	got := map[string]string{}
	for _, q := range NewAnalyzer().Analyze(text, Options{}).Quotes {
		got[q.Text] = q.Speaker
	}
	for q, sp := range want {
		if got[q] != sp {
			t.Errorf("nested %q: speaker %q, want %q (quotes: %v)", q, got[q], sp, got)
		}
	}
	if _, ok := got["bubble"]; ok {
		t.Errorf("scare quotes read as a quotation")
	}
}

// TestNestedQuotesReviewed: a name inside another clause is no inner
// speaker, "We said," is the outer speaker's, and apostrophes close no
// inner quotation.
func TestNestedQuotesReviewed(t *testing.T) {
	text := "Ahmed Karimi was detained on Monday. Nouri Hassan, his brother, spoke to reporters.\n\n" +
		"“The officer who arrested Ahmed told us, ‘You will never see him again,’ and then he left,” Nouri told the group.\n\n" +
		"“We said, ‘No way, not tonight,’ and walked out,” Nouri added.\n\n" +
		"“The players’ job is to run, and I love rock ’n’ roll like the ’90s,” Nouri said."
	got := map[string]string{}
	for _, q := range NewAnalyzer().Analyze(text, Options{}).Quotes {
		got[q.Text] = q.Speaker
	}
	if sp, ok := got["You will never see him again,"]; ok {
		t.Errorf("the arrested man speaks the officer's words: %q", sp)
	}
	if got["No way, not tonight,"] != "Nouri Hassan" {
		t.Errorf("“We said, ‘…’” is not the outer speaker's: %v", got)
	}
	for q := range got {
		if q == "The players" || strings.HasPrefix(q, "n") && len(q) < 4 {
			t.Errorf("an apostrophe closed a quotation: %q", q)
		}
	}
}
