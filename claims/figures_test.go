package claims

import (
	"math"
	"slices"
	"testing"
	"time"
)

// TestFigureCounts checks what a figure counts, its value and scope in the
// constructions news prose uses for tolls.
func TestFigureCounts(t *testing.T) {
	tests := []struct {
		name, text, figure string
		value              float64
		counts, scope      string
	}{
		{"a spaced dash is not a hyphen", "The clinic admitted ninety - no, let me check - ninety-four patients.", "ninety", 90, "count", ""},
		{"of them, the plural noun before", "Half of our teachers now work double shifts, and four of them have fallen ill.", "four", 4, "teacher", "subset"},
		{"of them, the dead in the sentence before", "The imam keeps his own list of the dead. Nine of them were from one street.", "Nine", 9, "killed", "subset"},
		{"a long subject before 'rose to'", "The death toll from the storms and mudslides in the country's northern hill districts rose to 88 on Sunday.", "88", 88, "killed", ""},
		{"killed him and a bodyguard", "The strike killed him and a bodyguard, the command said.", "him and a bodyguard", 2, "killed", ""},
		{"a compound number compounded with a unit", "Both sides agreed a forty-eight-hour truce.", "forty-eight-hour", 48, "hour", "duration"},
		{"a figure in quotation marks", "The governor said \"nearly 90\" people had died in the district.", "nearly 90", 90, "killed", ""},
		{"now known to have died", "Twelve people are now known to have died after the ferry sank.", "Twelve", 12, "killed", ""},
		{"data in terabytes, glued", "It walked off with 1.2TB of the trust's data.", "1.2TB", 1.2, "data", ""},
		{"data in terabytes, in words", "The gang claims to have stolen 1.2 terabytes of data.", "1.2 terabytes", 1.2, "data", ""},
		{"both after a preposition counts its noun", "More than 4,400 people have been evacuated on both banks of the river.", "both", 2, "bank", ""},
		{"several thousand", "He addressed several thousand supporters.", "several thousand", 3000, "supporter", ""},
		{"a margin of error is no negative", "The margin of error is plus or minus 1.5 percentage points.", "1.5 percentage points", 1.5, "percentage point", ""},
		{"a trade's age", "The businessman, 55, had been second in the polls.", "55", 55, "age", "duration"},
		{"a sum in złoty grouped by spaces", "He was fined 250 000 zł on Friday.", "250 000 zł", 250000, "money", ""},
		{"emergency workers are counted", "The agency sent 112 emergency responders.", "112", 112, "responder", ""},
		{"understood to have been injured", "Four workers are understood to have been injured.", "Four", 4, "wounded", ""},
		{"pulled out alive", "The agency said 19 people had been pulled out alive by nightfall.", "19", 19, "rescued", ""},
		{"words then digits in brackets", "The agency rescued a total of twenty-six (26) persons alive from the rubble.", "twenty-six (26)", 26, "rescued", ""},
		{"an opening 'since' frames the sentence", "Since 2019, the monitor has documented the deaths of 263 fighters in the province.", "263", 263, "killed", "cumulative"},
		{"a war's toll is a total", "The truce ended a two-year war, a conflict that researchers estimate killed hundreds of thousands of people.", "hundreds of thousands", 200000, "killed", "cumulative"},
		{"a war's toll after which", "The civil war, which killed an estimated 500,000 people, ended in 2019.", "an estimated 500,000", 500000, "killed", "cumulative"},
		{"the deadliest of the war is one event", "The strike, the deadliest of the war, killed 52 people.", "52", 52, "killed", ""},
		{"the deadliest attack of the war, which killed", "The strike, the deadliest attack of the war, which killed 52 people, hit a market.", "52", 52, "killed", ""},
		{"an insurgency's one ambush", "The insurgency killed 12 soldiers in an ambush on Tuesday.", "12", 12, "killed", ""},
		{"a war in a place has killed", "The war in Gaza has killed more than 40,000 people.", "more than 40,000", 40000, "killed", "cumulative"},
		{"a war, now in its third year, has killed", "Sudan's war, now in its third year, has killed at least 150,000 people.", "at least 150,000", 150000, "killed", "cumulative"},
		{"lakh crore", "The scheme will cost ₹2.4 lakh crore.", "₹2.4 lakh crore", 2.4e12, "money", "projected"},
		{"half a unit", "The water rose by half a metre overnight.", "half a metre", 0.5, "distance", ""},
		{"partitive", "Four of our officers were injured in the clashes.", "Four", 4, "wounded", ""},
		{"partitive of a death noun", "Twelve of the confirmed deaths were in the capital.", "Twelve", 12, "killed", "subset"},
		{"a part of the dead", "Eleven of the dead had been identified by Tuesday.", "Eleven", 11, "killed", "subset"},
		{"part of a whole", "Five of the 11 accused were convicted on Monday.", "Five", 5, "convicted", ""},
		{"part of a whole in words", "Only three of nine pumps were working.", "Only three", 3, "pump", "subset"},
		{"of them", "Eight people were hurt, three of them critically.", "three", 3, "wounded", "subset"},
		{"coordination", "Police said 14 men and three women were arrested overnight.", "14", 14, "arrested", ""},
		{"prepositional phrases", "About 52,000 people from 9,000 households in four districts were evacuated.", "About 52,000", 52000, "evacuated", ""},
		{"figure inside a phrase", "About 52,000 people from 9,000 households in four districts were evacuated.", "four", 4, "district", ""},
		{"listed as missing", "Seventeen fishermen are still listed as missing.", "Seventeen", 17, "missing", ""},
		{"charged", "Twenty have been charged with violent disorder.", "Twenty", 20, "charged", ""},
		{"one other after a named victim", "A nurse drowned in the flood; one other woman from the ward died the next day.", "one", 2, "killed", ""},
		{"one other after a clause", "They lost a pilot who was killed when his jet went down, and one other airman died on landing.", "one", 2, "killed", ""},
		{"ellipsis", "The audit listed 60 classrooms; inspectors found nine.", "nine", 9, "classroom", ""},
		{"ellipsis of a whole", "Of the 14 dead, nine have been identified.", "nine", 9, "killed", "subset"},
		{"votes to", "The motion passed by 212 votes to 187.", "187", 187, "vote", ""},
		{"measure noun", "The tremor had a magnitude of 5.8.", "5.8", 5.8, "magnitude", ""},
		{"crowd at", "Organisers put the crowd at about 40,000.", "about 40,000", 40000, "crowd", ""},
		{"count of", "Our count of damaged schools is 312.", "312", 312, "school", ""},
		{"toll of", "The ministry gave a higher death toll of 61, citing hospitals.", "61", 61, "killed", ""},
		{"age after a copula", "“I am seventy-one. Where would I go?”", "seventy-one", 71, "age", "duration"},
		{"term received", "His deputy received six years.", "six", 6, "sentenced", "duration"},
		{"minus", "Overnight it fell to minus 12 degrees.", "minus 12 degrees", -12, "degree", ""},
		{"range in words", "Repairs will take three to five weeks.", "three to five", 4, "week", "duration"},
		{"hyphen compound", "The bill cleared the 225-seat assembly.", "225", 225, "seat", ""},
		{"hyphen duration", "Unions called a 4-day strike.", "4", 4, "day", "duration"},
		{"decades in years", "She held the post for three decades.", "three", 30, "year", "duration"},
		{"speed", "Gusts reached 140 kilometres an hour.", "140 kilometres an hour", 140, "speed", ""},
		{"area", "Floods covered 2,300 square kilometres.", "2,300 square kilometres", 2300, "area", ""},
		{"named currency", "The fund released 200,000 Swiss francs.", "200,000 Swiss francs", 200000, "money", ""},
		{"measure before", "Seismologists put it at magnitude 6.2.", "6.2", 6.2, "magnitude", ""},
		{"past a closing quotation mark", "The bulletin said “more than 80 people” had died.", "more than 80", 80, "killed", ""},
		{"remain", "Roughly 9,000 remain displaced.", "Roughly 9,000", 9000, "displaced", ""},
		{"took part in", "Police said about 7,000 people took part in the march.", "about 7,000", 7000, "protester", ""},
		{"houses are homes", "More than 1,200 houses were damaged.", "More than 1,200", 1200, "home", ""},
		{"glued currency letters", "The bridge cost RM1.2 billion.", "RM1.2 billion", 1.2e9, "money", ""},
		{"two-glyph currency symbol", "A tray sells for GH₵300 on a good day.", "GH₵300", 300, "money", ""},
		{"the cedi written with a cent sign", "They were ordered to refund GH¢43.3 million to the state.", "GH¢43.3 million", 43.3e6, "money", ""},
		{"the cedi sign and a space", "A fine of GH¢ 5,000 was imposed.", "GH¢ 5,000", 5000, "money", ""},
		{"digits grouped in lakhs", "He won 1,08,452 votes in the by-election.", "1,08,452", 108452, "vote", ""},
		{"volts glued to the number", "The recall covers 36V battery packs.", "36V", 36, "V", ""},
		{"digits grouped in crores", "Assets worth Tk 12,40,56,300 were found.", "Tk 12,40,56,300", 124056300, "money", ""},
		{"a share in digits out of four", "About 3 out of 4 voters backed the plan.", "About 3 out of 4", 75, "percent", ""},
		{"the percent sign before the number", "Fiyatlar bir önceki aya göre %2,14 arttı.", "%2,14", 2.14, "percent", ""},
		{"named currency after two capitals", "The firm paid 2.6 billion Sri Lankan rupees.", "2.6 billion Sri Lankan rupees", 2.6e9, "money", ""},
		{"amount after a company name", "The court fined Kestrel Marine Works 2.6 billion rupees.", "2.6 billion rupees", 2.6e9, "money", ""},
		{"word-number compound", "A three-judge bench heard the case.", "three-judge", 3, "judge", ""},
		{"word-number duration", "The three-hour reading ended at noon.", "three-hour", 3, "hour", "duration"},
		{"-men plural", "About 9,000 fishermen work the coast.", "About 9,000", 9000, "fisherman", ""},
		{"while ends the clause", "Six people were confirmed dead while 30 others remain missing.", "30", 30, "missing", ""},
		{"elided from the sentence before", "Nine of my officers were injured. Both have since been discharged.", "Both", 2, "wounded", "elided"},
		{"parts of a whole", "The crew comprises 12 Kenyans, four Ugandans and a Danish master.", "four", 4, "crew", "subset"},
		{"among them", "“We counted 27 dead, among them 11 civilians,” the mayor said.", "11", 11, "killed", "subset"},
		{"treated for", "Medics treated 31 people for smoke inhalation.", "31", 31, "wounded", ""},
		{"remained in hospital", "Seven remained in hospital on Sunday.", "Seven", 7, "hospitalised", ""},
		{"verb before any noun", "Border guards detained 40 suspects overnight.", "40", 40, "detained", ""},
		{"aside before the verb", "Six gunmen, including their leader, were killed.", "Six", 6, "killed", ""},
		{"who died", "Both of the pilots who died were cadets.", "Both", 2, "killed", ""},
		{"ages in a list", "The victims were a couple aged 80 and 77.", "77", 77, "age", "duration"},
		{"life event at an age", "Her son went to sea at 14.", "14", 14, "age", "duration"},
		{"compound term", "She was sentenced to nine years and six months in prison.", "nine years and six months", 9.5, "sentenced", "duration"},
		{"ban", "The court barred the firm from public tenders for five years.", "five", 5, "ban", "duration"},
		{"naira", "Depositors lost N1.8bn.", "N1.8bn", 1.8e9, "money", ""},
		{"decimal in words", "The camps hold about one point four million people.", "about one point four million", 1.4e6, "person", ""},
		{"percent range", "Growth of 3% to 4% is expected.", "3% to 4%", 3.5, "percent", ""},
		{"temperature", "Thermometers read 46.1 C in Seville.", "46.1 C", 46.1, "degree", ""},
		{"toll at", "Officials kept the toll at nine.", "nine", 9, "killed", ""},
		{"a noun of N", "The trawler carries a crew of 14.", "14", 14, "crew", ""},
		{"share in words", "Bookings are down by nearly half.", "nearly half", 50, "percent", ""},
		{"share with a numerator", "Two-thirds of the wards were flooded.", "Two-thirds", 66.7, "percent", ""},
		{"half a million", "Power was cut for about half a million homes.", "about half a million", 500000, "home", ""},
		{"one of a unit", "A week later the bank shut its doors.", "A week", 1, "week", "duration"},
		{"twice", "The side has lost only twice.", "only twice", 2, "defeat", ""},
		{"the dead included", "Officials said the dead included three nurses.", "three", 3, "killed", "subset"},
		{"rose to", "Arrests on the border rose sharply to 640.", "640", 640, "arrest", ""},
		{"adjectives joined", "Staff found 72 lost or abandoned dogs.", "72", 72, "dog", ""},
		{"parts of a whole after included", "The 80 passengers included 31 Kenyans, nine Germans and a Dane.", "nine", 9, "passenger", "subset"},
		{"an amount in the currency before", "The plan costs 320 billion rand, up from 290 billion last year.", "290 billion", 2.9e11, "money", "cumulative"},
		{"a price after sold for", "He paid 40,000 shillings for the goat and sold the calf for 25,000.", "25,000", 25000, "money", ""},
		{"among the missing", "One other crew member is among the missing.", "One", 1, "missing", ""},
		{"pulled from the water", "Fishermen pulled 14 people from the water.", "14", 14, "rescued", ""},
		{"votes", "In the end 212 voted in favour and 190 against.", "190", 190, "vote", ""},
		{"a fortnight in days", "She spent a fortnight in the camp.", "a fortnight", 14, "day", "duration"},
		{"a name and an age", "Ruth Okello is 63.", "63", 63, "age", "duration"},
		{"nautical miles", "The wreck lies 22 nautical miles offshore.", "22 nautical miles", 22, "distance", ""},
		{"vaccinated", "About 90,000 children have been vaccinated.", "About 90,000", 90000, "vaccinated", ""},
		{"a share before a phrase of time", "Rainfall has fallen by roughly a third over the past 20 years.", "roughly a third", 33.3, "percent", "cumulative"},
		{"a count after a place name", "Cases by state: Kano 15,120 and Jigawa 1,870.", "1,870", 1870, "count", ""},
		{"crowns", "Profit fell to 1.31 billion Swedish crowns.", "1.31 billion Swedish crowns", 1.31e9, "money", ""},
		{"people over an age", "The trial enrolled people over 65.", "over 65", 65, "age", "duration"},
		{"an age after a kin noun", "His partner, 38, was released.", "38", 38, "age", "duration"},
		{"a man of an age", "Witnesses saw a man of about 30.", "about 30", 30, "age", "duration"},
		{"one in ten", "Roughly one in ten patients needed oxygen.", "Roughly one in ten", 10, "percent", ""},
		{"a tally of parties", "At 21:40 the count stood: GRP 11, BPN 7.", "7", 7, "count", ""},
		{"a range before a noun is not a score", "The company lost 20-30 staff.", "20-30", 25, "staff", ""},
		{"years before a sentence elsewhere", "He spent two years abroad before the court sentenced him to 12 years.", "two", 2, "year", "duration"},
		{"days after people over", "Doctors saw 400 people over 3 days.", "over 3", 3, "day", "duration"},
		{"a scale word is not money alone", "The plant cost $5 billion and serves 8 million.", "8 million", 8e6, "count", ""},
		{"refugees are a stock", "The country hosts 1.2 million refugees.", "1.2 million", 1.2e6, "displaced", "cumulative"},
		{"hundreds and units in words", "The ferry was carrying one hundred and forty-two passengers.", "one hundred and forty-two", 142, "passenger", ""},
		{"and a half", "The town is two and a half hours away by road.", "two and a half", 2.5, "hour", "duration"},
		{"and a half before a scale", "Two and a half million people voted.", "Two and a half million", 2.5e6, "person", ""},
		{"an ISO code before the amount", "The firm paid CLP 850 billion in taxes.", "CLP 850 billion", 8.5e11, "money", ""},
		{"words to digits", "The court sentenced them to between eight and 15 days of detention.", "between eight and 15", 11.5, "sentenced", "duration"},
		{"a compound of people nouns", "The ministry said 14 police officers had been injured.", "14", 14, "wounded", ""},
		{"the same number again", "The plan cuts 850 roles in all. Most are in sales. These 850 are mostly in Sweden.", "850", 850, "job", "elided"},
		{"a small number recurs by chance", "Three children were hurt. Most are home. At 21:40 the count stood: GRP 11, BPN 3.", "3", 3, "count", ""},
		{"a multiple after a copula", "Net debt is now 2.1 times earnings.", "2.1", 2.1, "ratio", ""},
		{"a multiple before a possessive", "The river rose to nearly four times its usual level.", "nearly four", 4, "ratio", ""},
		{"a ceiling as a multiple", "Lenders set a ceiling of 3 times.", "3", 3, "ratio", ""},
		{"times a year are occasions", "Inspectors visit up to twice a year.", "up to twice", 2, "time", "cumulative"},
		{"times after a plain verb are occasions", "He visited the site three times last year.", "three", 3, "time", "cumulative"},
		{"a range of times is no multiple", "She was asked for money three or four times in one week.", "three or four", 3.5, "time", ""},
		{"was twice convicted", "He was twice convicted of fraud.", "twice", 2, "time", ""},
		{"scored N times counts goals", "The striker has scored five times this season.", "five", 5, "goal", ""},
		{"lost twice counts defeats", "The champion has lost only twice since March.", "only twice", 2, "defeat", "cumulative"},
		{"an exchange rate", "The peso was trading at about 3,990 per dollar.", "about 3,990", 3990, "money", ""},
		{"we have lost", "“We have lost nineteen people,” the chief said.", "nineteen", 19, "killed", ""},
		{"we buried our neighbours", "“We buried four of our neighbours,” she said.", "four", 4, "killed", ""},
		{"lost jobs are not deaths", "The company lost 300 jobs in the downturn.", "300", 300, "job", ""},
		{"a party lost seats, not lives", "The Conservatives lost four in the east.", "four", 4, "count", ""},
		{"spectators are the crowd", "The match drew 21,000 spectators.", "21,000", 21000, "crowd", ""},
		{"magnitude before the number", "A magnitude 6.4 earthquake struck the province.", "6.4", 6.4, "magnitude", ""},
		{"magnitude hyphenated", "The magnitude-5.1 tremor hit the town.", "5.1", 5.1, "magnitude", ""},
		{"one in every four is a share", "One in every four tonnes was exported.", "One in every four", 25, "percent", ""},
		{"one in ten before a modifier", "Roughly one in ten winter admissions were children.", "Roughly one in ten", 10, "percent", ""},
		{"1 in 5 in digits", "The survey found 1 in 5 adults smoke.", "1 in 5", 20, "percent", ""},
		{"the injured still in hospital", "The ministry said 317 of the injured were still in hospital, 46 of them in intensive care.", "317", 317, "hospitalised", "subset"},
		{"of them in intensive care", "The ministry said 317 of the injured were still in hospital, 46 of them in intensive care.", "46", 46, "hospitalised", "subset"},
		{"a verb before the figure beats a coordinated one after", "Police detained at least 37 people and dozens were injured overnight.", "at least 37", 37, "detained", ""},
		{"rescuers taking people from rooftops", "Rescuers had taken 236 people from rooftops and cars since midnight.", "236", 236, "rescued", "cumulative"},
		{"gunmen taking people are no rescue", "Gunmen took 20 people from a bus on the highway.", "20", 20, "person", ""},
		{"found dead", "Two women, aged 67 and 70, were found dead in a flooded house.", "Two", 2, "killed", ""},
		{"among the dead after a participle", "Two soldiers guarding the market entrance were also among the dead.", "Two", 2, "killed", ""},
		{"as was one other", "Both drivers were killed, as was one other man travelling in the cab.", "one", 1, "killed", ""},
		{"found alive is no death", "Two climbers were found alive on Sunday.", "Two", 2, "climber", ""},
		{"of them after a figure in hospital", "Forty-one survivors were taken to hospitals, and nine are still admitted at the provincial hospital. Two of them are in intensive care.", "Two", 2, "hospitalised", "subset"},
		{"the number of missing should drop to", "The number of missing should drop to twenty-two.", "twenty-two", 22, "missing", ""},
		{"an amount in the same frame as money", "It will give fifty thousand pesos to the family of each of the dead and ten thousand to each survivor.", "ten thousand", 10000, "money", "projected"},
		{"a count in another frame is no money", "The fund paid $500 to each family and sent 300 children to school.", "300", 300, "child", ""},
		{"individuals are people", "The sanctions apply to 14 individuals.", "14", 14, "person", ""},
		{"still being searched for", "Six people are still being searched for.", "Six", 6, "missing", ""},
		{"N more bodies are an addition", "Search teams recovered three more bodies on Tuesday.", "three", 3, "killed", "subset"},
		{"counts of a conviction", "He was convicted on 23 counts of fraud.", "23", 23, "convicted", ""},
		{"counts of a charge sheet", "His wife faces seven counts of fraud.", "seven", 7, "charged", ""},
		{"elided counts", "He was convicted on 23 counts: nine of corruption and 12 of fraud.", "nine", 9, "convicted", ""},
		{"a term on counts", "The judge gave him 15 years on the corruption counts and 10 years on the fraud counts.", "10", 10, "sentenced", "duration"},
		{"an effective term", "The state had asked for an effective 25 years for the accused.", "25", 25, "sentenced", "duration"},
		{"counsel argued for a term", "His counsel had argued for 10 years with half suspended.", "10", 10, "sentenced", "duration"},
		{"years on the coast are no term", "The firm has operated for 10 years on the coast.", "10", 10, "year", "duration"},
		{"confirmed cases", "A total of 163 confirmed cases of hepatitis A have been recorded.", "163", 163, "cases", ""},
		{"a ban in matches", "He was banned for five matches in all competitions.", "five", 5, "ban", ""},
		{"matches played are no ban", "He has played five matches this season.", "five", 5, "match", ""},
		{"a currency compound", "Workers want a 25,000-taka minimum wage.", "25,000", 25000, "money", ""},
		{"lost in a row are games", "“We have lost four in a row,” coach Miguel Soto said.", "four", 4, "count", ""},
		{"a firm's lost people are no deaths", "The company has lost 300 people since the merger.", "300", 300, "person", "cumulative"},
		{"a count in a time is no share", "Police said they had arrested 5 in 48 hours.", "5", 5, "arrested", ""},
		{"bringing the toll to after an addition", "Rescuers recovered three more bodies on Tuesday, bringing the toll to 17, the agency said.", "17", 17, "killed", ""},
		{"wanted for years is no term", "Viktor Lanz, wanted for 10 years on fraud charges, was arrested.", "10", 10, "year", "duration"},
		{"argued for years that is no term", "His defence has argued for 15 years that he was wrongly convicted.", "15", 15, "year", "duration"},
		{"lives at risk are not deaths", "Storming the ship would have put 19 lives at risk.", "19", 19, "life", "projected"},
		{"a tally of parties counts seats", "The 90-seat chamber is still counting. Latest: NRP 31, LDA 27, independents 4.", "27", 27, "seat", ""},
		{"the close of a tally", "The 90-seat chamber is still counting. Latest: NRP 31, LDA 27, independents 4.", "4", 4, "seat", ""},
		{"a tally with no seats in the story counts nothing said", "Latest: NRP 31, LDA 27, independents 4.", "27", 27, "count", ""},
		{"a gain of seats", "The Liberals took 22 of the 40 wards, a gain of six, while the Greens held three.", "six", 6, "ward", "elided"},
		{"held seats are not detentions", "The Liberals took 22 of the 40 wards, a gain of six, while the Greens held three.", "three", 3, "ward", "elided"},
		{"held after people is a detention", "Police arrested 14 protesters and held four men overnight.", "four", 4, "detained", ""},
		{"N short of a majority", "That leaves the alliance with 48 seats, two short of a majority.", "two", 2, "seat", ""},
		{"fining people", "The magistrate ended the day fining 23 people.", "23", 23, "fined", ""},
		{"sentencing a bare number", "The court spent Friday sentencing nine to community service.", "nine", 9, "sentenced", ""},
		{"a modal and a bare verb", "Under the decree police may detain 50 people without charge.", "50", 50, "detained", ""},
		{"rescue workers are not the rescued", "Some 60 rescue workers reached the village.", "Some 60", 60, "worker", ""},
		{"past a relative clause to the main verb", "Eleven pupils who had eaten the lunch were taken to hospital.", "Eleven", 11, "hospitalised", ""},
		{"the term said again", "The judge jailed Okafor for 12 years. Twelve years is not enough, her sister said.", "Twelve", 12, "sentenced", "duration"},
		{"a time spent is not the term", "The judge jailed Okafor for 12 years. She had run the fund for 12 years.", "12", 12, "year", "duration"},
		{"a negated inclusion is no part", "The toll does not include both gunmen, the army said.", "both", 2, "gunman", ""},
		{"an adverb and a participle before the noun", "The tremor brought down three already cracked houses.", "three", 3, "home", ""},
		{"of the dead, a part", "The bus left the road at dawn. Of the dead, six are pupils and one is the driver.", "six", 6, "killed", "subset"},
		{"head of cattle", "Raiders drove off 120 head of cattle so the herders fled.", "120", 120, "cattle", ""},
		{"member as a modifier", "The federation said 212 member schools had closed.", "212", 212, "school", ""},
		{"a pronoun after the number is no noun", "On top of the 450 you cut in March, how many more?", "450", 450, "count", ""},
		{"half a percentage point", "The bank cut its main rate by half a percentage point.", "half a percentage point", 0.5, "percentage point", ""},
		{"basis points kept as written", "The bank cut its main rate by 75 basis points.", "75 basis points", 75, "basis point", ""},
		{"a rate against the dollar with the local currency", "The cedi traded at GH₵15.2 to the dollar on Monday.", "GH₵15.2", 15.2, "money", ""},
		{"the earlier value of a rate", "The rupee closed at 83.4 per dollar, compared with about 82.1 a month ago.", "about 82.1", 82.1, "money", "elided"},
		{"a hyphened scale", "The council approved a R240-million water scheme.", "R240-million", 240e6, "money", ""},
		{"shillings by their prefix", "A Nairobi court in Kenya fined the firm Sh20 million.", "Sh20 million", 20e6, "money", ""},
		{"quarters of a year", "Margins stayed under pressure for two quarters.", "two", 2, "quarter", "duration"},
		{"a year compound is a length of time", "The union wants a new two-year agreement.", "two-year", 2, "year", "duration"},
		{"sorties are not sorty", "She flew nine of the 16 sorties.", "16", 16, "sortie", ""},
		{"hundreds of millions of a currency", "The strike cost exporters hundreds of millions of rupees.", "hundreds of millions of rupees", 2e8, "money", ""},
		{"a verb before a name is no noun", "The agency bought 12 pumps but only three reached Kisumu.", "only three", 3, "pump", ""},
		{"pulled out alive, the verb before", "By dusk they had dug out four more hikers alive.", "four", 4, "rescued", "subset"},
		{"review: a people in the plural after a participle", "Air strikes killed 15 armed Houthis on Monday.", "15", 15, "killed", ""},
		{"review: IT is not it", "The bank will cut 300 IT jobs.", "300", 300, "job", "projected"},
		{"review: detained after a count of houses", "Police raided 15 houses and detained 30.", "30", 30, "detained", ""},
		{"review: a year compound before a sentence", "She was given a 12-year prison sentence.", "12", 12, "sentenced", "duration"},
		{"review: years ago are not the term", "The judge jailed Okafor for 15 years. Fifteen years ago she founded the fund.", "Fifteen", 15, "year", "duration"},
		{"ones stands for the noun before", "The village has nine wells. Three of the shallow ones are dry.", "Three", 3, "well", ""},
		{"a past verb after a bare number", "Forty trucks set out, but four broke down on the way.", "four", 4, "truck", ""},
		{"review 3: a place after a verb of motion", "Of the 40 migrants, only 12 reached Lesbos on Tuesday.", "only 12", 12, "migrant", "subset"},
		{"review 3: a term of office is no sentence", "He was jailed for 10 years in 2015. He later won a 10-year term as party chairman.", "10", 10, "year", "duration"},
		{"a compound term said again", "The court jailed Okafor for seven years. Her counsel said the seven-year term was harsh.", "seven-year", 7, "sentenced", "duration"},
		{"a compound term of office said after a sentence", "The court jailed Okafor for seven years in 2015. She later won a seven-year term as chairwoman.", "seven-year", 7, "year", "duration"},
		{"part of a sentence", "She ordered that three years of the fraud sentence run consecutively.", "three", 3, "sentenced", "duration"},
		{"a maximum penalty in years", "The bill would raise the maximum penalty for unlicensed lending to 12 years.", "12", 12, "sentenced", "duration"},
		{"a penalty kick is no term", "He scored a penalty 10 minutes later.", "10", 10, "minute", "duration"},
		{"lost their lives", "Two people lost their lives in the blast.", "Two", 2, "killed", ""},
		{"a subject with two phrases before its verb", "Eleven employees of the company and of its contractors were injured.", "Eleven", 11, "wounded", ""},
		{"three of the wounded had died", "Doctors said three of the wounded had died in hospital.", "three", 3, "killed", "subset"},
		{"people who went to shelters, a part of the evacuated", "Roughly 1,600 went to our 12 shelters overnight.", "Roughly 1,600", 1600, "evacuated", "subset"},
		{"people in evacuation centres, a part of the evacuated", "About 300 people stayed in evacuation centres.", "About 300", 300, "evacuated", "subset"},
		{"a range with no verb of change", "Temperatures ranged from 41 to 46 degrees.", "41 to 46 degrees", 43.5, "degree", ""},
		{"a section with a count after it", "In the collapsed section 14 miners were trapped.", "14", 14, "miner", ""},
		{"a toll at a number, then she", "With the death toll at 58 she declared three days of mourning.", "58", 58, "killed", ""},
		{"people who went to a market are not evacuees", "About 40 people went to the market.", "About 40", 40, "person", ""},
		{"millimetres of rain", "The city recorded 734 millimetres of rain in 48 hours.", "734 millimetres", 734, "rainfall", ""},
		{"millimetres after rain was named", "Heavy rain hit the valley. At the airport the gauge measured 118 millimetres.", "118 millimetres", 118, "rainfall", ""},
		{"millimetres with no rain near", "The bolts are 12 millimetres wide.", "12 millimetres", 12, "distance", ""},
		{"a river level in millimetres after rain", "Water levels in the river rose 450 mm overnight after heavy rain.", "450 mm", 450, "distance", ""},
		{"hailstones after rain", "Heavy rain lashed the city. Hailstones up to 20 mm across smashed windows.", "up to 20 mm", 20, "distance", ""},
		{"a share said out of ten", "In Valea nine houses out of ten have water inside.", "nine houses out of ten", 90, "percent", ""},
		{"a tally out of sixty", "The party won 45 out of 60 seats.", "45", 45, "seat", "subset"},
		{"a death toll at the head of a long subject", "The death toll from an explosion at a chemical plant rose to 14 on Thursday, the hospital treating the injured said.", "14", 14, "killed", ""},
		{"burns over a share of the body", "The hospital admitted 19 injured workers, six of them with burns over more than 40 percent of the body.", "six", 6, "wounded", "subset"},
		{"a toll at a word number is no hour", "The toll stood at eleven on Monday.", "eleven", 11, "killed", ""},
		{"a toll standing at a word number", "With the death toll now standing at eleven, rescuers dug on.", "eleven", 11, "killed", ""},
		{"a number of dead put at a word", "Officials put the number of dead at nine.", "nine", 9, "killed", ""},
		{"an outcome past a relative clause", "Both workers who were on the reactor platform are still missing.", "Both", 2, "missing", ""},
		{"victims at their funerals are the dead", "Relatives attended the funerals of 19 victims on Sunday.", "19", 19, "killed", ""},
		{"victims after a count of the dead", "Six of the dead were children. Four of the victims were from one family.", "Four", 4, "killed", "subset"},
		{"victims of a fraud are not dead", "The scheme had at least 40 victims.", "at least 40", 40, "victim", ""},
		{"ships are vessels", "The navy escorted 74 ships through the strait.", "74", 74, "vessel", ""},
		{"millimetres answering a question about rain", "How much rain fell?\n\nUp to 140 millimetres at some stations. At the airport we measured 118 millimetres.", "118 millimetres", 118, "rainfall", ""},
		{"centimetres of snow", "At least 40 centimetres of fresh snow fell.", "At least 40 centimetres", 40, "snowfall", ""},
		{"a rise from one value to another", "The toll rose from 12 to 18 on Monday.", "12", 12, "killed", "before"},
		{"the value a rise reached", "The toll rose from 12 to 18 on Monday.", "18", 18, "killed", ""},
		{"a cricket bowler's figures", "Bains took four for 57 as the hosts were bowled out in 61 overs on the first day of the Test, losing their last wicket to a run-out; the all out total was low.", "57", 57, "run", ""},
		{"a cricket bowler's wickets", "Bains took four for 57 as the hosts were bowled out in 61 overs on the first day of the Test, losing their last wicket to a run-out; the all out total was low.", "four", 4, "wicket", ""},
		{"a cricket side's score", "Australia slid from 188 for three to 274 all out in the first innings, losing seven wickets in 30 overs of the Test.", "three", 3, "wicket", ""},
		{"runs off balls in a cricket story", "Te Whata hit 74 off 43 balls as the wickets fell in the last overs of the innings.", "74", 74, "run", ""},
		{"a batter's fifty", "She reached her fifty off 31 balls before three wickets fell in two overs of the innings.", "fifty", 50, "run", ""},
		{"overs and balls", "The Tui were bowled out for 149 in 19.2 overs, losing their last four wickets.", "19.2", 19.0 + 2.0/6, "over", ""},
		{"the dead to be buried", "We will bury eight of our sons and daughters tomorrow.", "eight", 8, "killed", ""},
		{"both after its noun", "The umpires had both heard the words.", "both", 2, "umpire", ""},
		{"units of a thing", "The hospital sent 60 units of blood.", "60", 60, "blood", ""},
		{"wickets taken in a cricket story", "Rawiri took three of them in the 18th over as the wickets fell in the innings; Otago needed 58 from the last five overs.", "three", 3, "wicket", "subset"},
		{"a cricket total all out", "Australia slid from 188 for three to 274 all out in the first innings, losing seven wickets in 30 overs of the Test.", "274", 274, "run", ""},
		{"from 188 for three is no range", "Australia slid from 188 for three to 274 all out in the first innings, losing seven wickets in 30 overs of the Test.", "188", 188, "run", ""},
		{"a row of a table", "Damage and Destruction\n\nStructures Destroyed 212\n\nCivilian Fatalities 2", "212", 212, "structure", ""},
		{"homes and other structures", "The fire destroyed 253 homes and other structures.", "253", 253, "home", ""},
		{"an age after a particled name", "The camp manager, Ahmad Darwish al-Hamwi, 45, keeps a ledger.", "45", 45, "age", "duration"},
		{"an age after now", "Khaled himself, now 27, works in Gaziantep.", "27", 27, "age", "duration"},
		{"an age at which he acts", "At the camp, and at 58 he has rebuilt the tent four times.", "58", 58, "age", "duration"},
		{"the one hundred and twenty", "The plan covers the one hundred and twenty radars.", "one hundred and twenty", 120, "radar", ""},
		{"a spoken range with one scale", "Costs grew by one point one to one point five billion dollars.", "one point one to one point five billion dollars", 1.3e9, "money", ""},
		{"from a value of the same measure", "The mill cut its output forecast to 3.1 million tonnes from 3.4 million.", "3.4 million", 3.4e6, "weight", "elided"},
		{"the one hundred and twenty, then a comma", "We have installed forty-one systems of the one hundred and twenty, and all of them work.", "one hundred and twenty", 120, "system", ""},
		{"a hyphened number of hundreds", "The figure was on page 12 of a two-hundred-and-eight-page annex.", "two-hundred-and-eight-page", 208, "page", ""},
		{"survivors and bodies: each its own", "Helicopters carried the seven survivors and five bodies down to the town.", "seven", 7, "survivor", ""},
		{"bodies after survivors", "Helicopters carried the seven survivors and five bodies down to the town.", "five", 5, "killed", ""},
		{"the part still being treated is hurt", "Three of the wounded died, bringing the dead to 11, and two of the six still being treated were in critical condition.", "six", 6, "hospitalised", "subset"},
		{"the part of the dead stays dead", "Three of the dead were in hospital when the shell hit.", "Three", 3, "killed", "subset"},
		{"services suspended for hours: a pause", "Tram services were suspended for almost two hours after the clashes.", "almost two", 2, "hour", "duration"},
		{"a player suspended for days: a ban", "The striker was suspended for ten days after the clashes.", "ten", 10, "ban", "duration"},
		{"the team that morning included", "The team that morning included two Pembas, not related to each other.", "two", 2, "team", "subset"},
		{"of them released: the people before, not the rifles", "Three men were detained at a house where police found two assault rifles. Two of them were released on Monday.", "Two", 2, "man", "subset"},
		{"of them collapsed: the houses", "Six houses were damaged near the river. Two of them collapsed overnight.", "Two", 2, "house", "subset"},
		{"one six in a cricket story", "Menon hit 11 fours and one six before the side were bowled out; Pascoe took four wickets in the innings.", "one", 1, "six", ""},
		{"twenty one in words", "Rescuers counted twenty one bodies in the rubble.", "twenty one", 21, "killed", ""},
		{"a pair in the frame of the pair before", "Yobe has reported 3,210 suspected cases and 46 deaths, and Adamawa 1,870 and 22.", "1,870", 1870, "cases", ""},
		{"the second of a gapped pair", "Yobe has reported 3,210 suspected cases and 46 deaths, and Adamawa 1,870 and 22.", "22", 22, "killed", ""},
		{"trillions are not more retirees", "The ministry said 1.1 million retirees would be paid, and the health system will get 61.2 trillion.", "61.2 trillion", 6.12e13, "count", "projected"},
		{"not one hour is an hour", "The warning came at dawn and not one hour before the slide.", "one", 1, "hour", "duration"},
		{"not one manager is none", "Not one manager was dismissed after the audit.", "one", 0, "manager", ""},
		{"past an aside with both", "Two guides, both Nepali, are still missing.", "Two", 2, "missing", ""},
		{"both in apposition is the figure before", "Two guides, both Nepali, are still missing.", "both", 2, "missing", "elided"},
		{"a fine held over is no ban", "The company was fined R5 million, R2 million of which was suspended for five years.", "five", 5, "year", "duration"},
		{"a term held over is no ban", "The judge suspended four of the 12 years for five years.", "five", 5, "year", "duration"},
		{"a player fined before is still banned", "The striker, who was fined last year, was suspended for two years.", "two", 2, "ban", "duration"},
		{"a new clause after ', and at least'", "The agency says six of the nine deaths were in Miyazaki and three in Kagoshima, and at least 127 people have been injured.", "three", 3, "killed", "subset"},
		{"one other shares the verb before", "Police detained a man in Anle district, and one other in Renai district, the paper said.", "one", 2, "detained", ""},
		{"one other treated too", "One rescuer was treated for burns on Tuesday night and one other for a hand injury, it said.", "one", 2, "wounded", ""},
		{"others with a verb of their own", "Police detained a man, and two others in the crowd were hurt.", "two", 2, "wounded", ""},
		{"Icelandic krónur", "He was found guilty of embezzling 240 million krónur from the company.", "240 million krónur", 2.4e8, "money", ""},
		{"an energy in gigawatt hours", "The plant stored 11.6 gigawatt hours last winter.", "11.6 gigawatt hours", 11.6, "energy", ""},
		{"of them after a term", "She was sentenced to 18 months in prison, 15 of them suspended.", "15", 15, "sentenced", "subset"},
		{"of them after years", "He spent 12 years abroad, three of them in Oslo.", "three", 3, "year", "duration"},
		{"of us after years is people", "After 30 years at the plant, they want 1,800 of us gone, the worker said.", "1,800", 1800, "person", ""},
		{"others besides a figure", "Fishermen pulled 27 people from the water and four others swam to shore, police said.", "four", 4, "person", ""},
		{"survivors being treated at a hospital", "Nine survivors were being treated at Gelda Primary Hospital on Wednesday.", "Nine", 9, "hospitalised", ""},
		{"a capacity is no toll", "Red Cross puts toll at nearly two dozen; owner detained as police say boat was licensed for 25.", "25", 25, "count", ""},
		{"treated and discharged", "Sixteen others had been treated and discharged, she said.", "Sixteen", 16, "wounded", ""},
		{"a verb between governs the bare figure", "The panel convicted Einar on 11 of the 14 counts in the indictment and acquitted him on the remaining three.", "three", 3, "acquitted", "subset"},
		{"counts as a verb", "Of the 41 households, Allah Ditta counts 17 with at least one son away.", "17", 17, "household", "subset"},
		{"the remaining months of a term", "She was sentenced to 18 months in prison, 15 of them suspended. The judge said the remaining three months are to be served.", "three", 3, "sentenced", "subset"},
		{"one other besides a man, past an amount", "Police detained a man suspected of offering voters NT$500 each in Anle district, and one other in Renai district, according to the Taipei Times.", "one", 2, "detained", ""},
		{"a temperature glued to its unit", "Temperatures topped 44C on Sunday.", "44C", 44, "degree", ""},
		{"of them still in hospital", "The hospital said 34 people were treated. Nineteen of them were still in hospital.", "Nineteen", 19, "hospitalised", "subset"},
		{"men of an age", "Most cane cutters here are men of 35 with failing kidneys.", "35", 35, "age", "duration"},
		{"since they were an age", "They have cut cane since they were 15.", "15", 15, "age", "duration"},
		{"a number needed to govern", "The alliance won 31 seats, three more than the 28 needed to govern alone.", "28", 28, "seat", ""},
		{"all of them were evacuated", "About 600 workers were on the afternoon shift, and all of them were evacuated, along with roughly 1,200 residents, the ministry said.", "About 600", 600, "evacuated", ""},
		{"along with them", "About 600 workers were on the afternoon shift, and all of them were evacuated, along with roughly 1,200 residents, the ministry said.", "roughly 1,200", 1200, "evacuated", ""},
		{"a decade is ten years", "The two men have run against each other for a decade.", "a decade", 10, "year", "duration"},
		{"an area in rai", "The cooperative keeps one pump for every 500 rai of cane.", "500 rai", 500, "area", ""},
		{"one of a singular noun before its verb", "One pump serves every field in the valley.", "One", 1, "pump", ""},
		{"a part of a whole past a possessive and a qualifier", "His team had visited 212 of the country's roughly 1,600 polling stations.", "212", 212, "station", "subset"},
		{"a subscriber base", "The operator's subscriber base grew 9.7% to 38.6 million in the half.", "38.6 million", 3.86e7, "subscriber", ""},
		{"past an aside between dashes", "In the valley, about 420 families - more than 1,600 people - have been displaced, the agency said.", "about 420", 420, "displaced", ""},
		{"the aside between dashes itself", "In the valley, about 420 families - more than 1,600 people - have been displaced, the agency said.", "more than 1,600", 1600, "displaced", ""},
		{"a range with its sign twice", "It kept its spending forecast at 400 billion shillings ($154 million to $173 million) for the year.", "$154 million to $173 million", 1.635e8, "money", ""},
		{"from a price to a price is no range", "Prices rose from $5 to $7 a kilo.", "$7", 7, "money", ""},
		{"a fraction after people counts no one", "In all, 89 people in the vaccine group fell ill. That is a relative risk of 0.42, the trial found.", "0.42", 0.42, "count", ""},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := an.Analyze(tt.text, Options{})
			f := figureNamed(a, tt.figure)
			if f == nil {
				t.Fatalf("no figure %q in %q (found %d)", tt.figure, tt.text, len(a.Figures))
			}
			if f.Value != tt.value || f.Counts != tt.counts || f.Scope != tt.scope {
				t.Errorf("%q: value %v counts %q scope %q; want %v %q %q", tt.figure, f.Value, f.Counts, f.Scope, tt.value, tt.counts, tt.scope)
			}
		})
	}
}

// TestElidedNoun: "acquitted on two" after "convicted on four counts"
// counts counts; people are not carried over ("charged four").
func TestElidedNoun(t *testing.T) {
	tests := []struct{ text, figure, of string }{
		{"His sister was convicted on four counts of false accounting and acquitted on two.", "two", "counts"},
		{"The panel convicted him on 11 of the 14 counts and acquitted him on the remaining three.", "three", "counts"},
		{"Police arrested 12 men on Monday and charged four on Tuesday.", "four", ""},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		if f := figureNamed(an.Analyze(tt.text, Options{}), tt.figure); f == nil || f.Of != tt.of {
			t.Errorf("%q in %q: %+v, want it to count %q", tt.figure, tt.text, f, tt.of)
		}
	}
}

// figureNamed is the last figure read with these words ("850 … These
// 850": the later one is the case under test).
func figureNamed(a *Analysis, text string) *Figure {
	for i := len(a.Figures) - 1; i >= 0; i-- {
		if a.Figures[i].Text == text {
			return &a.Figures[i]
		}
	}
	return nil
}

// TestNotFigures checks words that look like counts and are not.
func TestNotFigures(t *testing.T) {
	tests := []struct{ name, text, word string }{
		{"clock time", "As of six o'clock the count stood at 40.", "six"},
		{"an emergency number", "Residents were ordered by 112 emergency text messages to leave.", "112"},
		{"a number dialled", "He dialled 999 and waited.", "999"},
		{"a bare hour", "The boats came at eleven. The doctors work from eight until eight.", "eleven"},
		{"an hour before another", "The doctors work from eight until eight.", "eight"},
		{"hour of the night", "The slope gave way at around two in the morning.", "around two"},
		{"pronoun one", "The second one hit the people who ran to help.", "one"},
		{"each one", "Each one makes the next attack more likely.", "one"},
		{"code not naira", "Nurses asked for N95 masks.", "95"},
		{"an ordinal half", "He scored early in the second half.", "half"},
		{"a rate", "The clinic gives 300 shots a day.", "a day"},
		{"a date range", "On the night of 14-15 May, the river rose.", "14-15"},
		{"a route number", "The plane, Flight 302, landed at dawn.", "302"},
		{"a page of a document", "It is on page one hundred and sixty-two of the annex.", "sixty-two"},
		{"a paragraph of a judgment", "Paragraph 14 of the judgment is clear.", "14"},
		{"half an hour is not a share", "The talks lasted half an hour.", "half"},
		{"a code with a decimal-like tail", "COVID-19. Cases rose again in the Su-25.5 hangar.", "25.5"},
		{"a code glued by a hyphen", "COVID-19 cases rose again.", "19"},
		{"a clock with a zone", "As of 19.00 WIB, the count had not changed.", "19.00"},
		{"a clock in local time", "The quake struck at 21.15 local time.", "21.15"},
		{"a year cut short", "In '98 it was worse, the farmers said.", "98"},
		{"one as a pronoun before anyway", "Nobody asked for a border, but they drew one anyway.", "one"},
		{"a year naming a forecast", "The bank cut its 2027 growth forecast again.", "2027"},
		{"a year before a compound", "Analysts trimmed their 2026 earnings estimates.", "2026"},
		{"a polling station's number", "He saw ballot papers stacked in the box at polling station 17 in the village.", "17"},
		{"a gate's number", "Passengers were moved to gate 4 after the alarm.", "4"},
		{"charges by number", "She was acquitted on counts six, nine and thirteen, the court said.", "nine"},
		{"the last charge of a list", "She was acquitted on counts six, nine and thirteen, the court said.", "thirteen"},
		{"a rate after an amount in brackets", "A worker earned on average 545,000 forints ($1,574) a month before tax.", "a month"},
		{"a clock in words", "The order went out at ten past nine on Wednesday night.", "ten"},
		{"the hour of a clock in words", "The order went out at ten past nine on Wednesday night.", "nine"},
		{"an hour this morning", "As of eleven this morning we have 127 survivors.", "eleven"},
		{"an hour tonight", "The curfew starts at nine tonight, police said.", "nine"},
		{"half past", "The order went out at half past six.", "six"},
		{"a year before a singular in -is", "We have been through the 1998 crisis and the pandemic without mass layoffs, he said.", "1998"},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range an.Analyze(tt.text, Options{}).Figures {
				if f.Text == tt.word || f.Text == "N"+tt.word {
					t.Errorf("%q read as a figure in %q", f.Text, tt.text)
				}
			}
		})
	}
}

// TestPercentSubjectPastAdverbials checks what a rate is said to be of, past the words
// between the subject and the figure.
func TestPercentSubjectPastAdverbials(t *testing.T) {
	tests := []struct{ text, figure, subject string }{
		{"Headline inflation (year-on-year) declined for the eighth consecutive month to 15.38 per cent in October.", "15.38 per cent", "Headline inflation"},
		{"Headline inflation slowed to 16.05% in October, the bank said.", "16.05%", "Headline inflation"},
		{"Unemployment eased for a third straight quarter to 6.1%.", "6.1%", "Unemployment"},
	}
	an := NewAnalyzer()
	for _, tt := range tests {
		var got *Figure
		a := an.Analyze(tt.text, Options{})
		for i := range a.Figures {
			if a.Figures[i].Text == tt.figure {
				got = &a.Figures[i]
			}
		}
		if got == nil {
			t.Errorf("no figure %q in %q", tt.figure, tt.text)
			continue
		}
		if got.Subject != tt.subject {
			t.Errorf("%q: subject %q, want %q", tt.text, got.Subject, tt.subject)
		}
	}
}

// TestAgreesAcrossPointScales checks that basis points and percentage
// points are one scale when figures are compared.
// TestRangesAndRoundedShares checks two stated ranges, a share rounded to
// a whole number, and a forecast told before its figure's clause.
func TestRangesAndRoundedShares(t *testing.T) {
	an := NewAnalyzer()
	fig := func(text string) *Figure {
		a := an.Analyze(text, Options{})
		if len(a.Figures) == 0 {
			t.Fatalf("no figure in %q", text)
		}
		return &a.Figures[len(a.Figures)-1]
	}
	story, source := fig("Earnings would be between 55% and 75% lower."), fig("Earnings would be between 45% and 65% lower.")
	if story.Agrees(source) {
		t.Errorf("55%%-75%% agrees with 45%%-65%%")
	}
	if !fig("Profit fell 45% to 65%.").Agrees(source) {
		t.Errorf("45%% to 65%% disagrees with between 45%% and 65%%")
	}
	if !fig("The vaccine cut admissions by 40 per cent.").Agrees(fig("The vaccine cut admissions by 40.4%.")) {
		t.Errorf("40 per cent disagrees with 40.4%%")
	}
	if fig("The vaccine cut admissions by 40 per cent.").Agrees(fig("The vaccine cut admissions by 41.4%.")) {
		t.Errorf("40 per cent agrees with 41.4%%")
	}
	if f := fig("It expects headline earnings per share for the six months to December to fall 45% to 65%."); f.Scope != "projected" {
		t.Errorf("an expected fall is %q, want projected", f.Scope)
	}
	for _, text := range []string{
		"As expected, the Bank raised its benchmark interest rate to 5.5%.",
		"The company expects sales to recover this year after revenue fell 12% to $4 billion in 2025.",
	} {
		if f := fig(text); f.Scope == "projected" {
			t.Errorf("%q: a figure of the past read as a forecast", text)
		}
	}
	if fig("The bank raised its rate to 5%.").Agrees(fig("The bank raised its rate to 5.25%.")) {
		t.Errorf("5%% agrees with 5.25%%")
	}
	if !fig("About 3,000 to 4,000 people have fled.").Agrees(fig("Between 2,870 and 4,120 people have fled.")) {
		t.Errorf("a hedged range disagrees with the source's")
	}
}

// TestTollOfAnEarlierMonth checks a toll told in a participle after a
// clause dated to another month: another event.
func TestTollOfAnEarlierMonth(t *testing.T) {
	a := NewAnalyzer().Analyze("OCHA said the market had been shelled in January, killing 14 people.", Options{Published: time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC)})
	if len(a.Figures) == 0 || a.Figures[0].Scope != "separate" {
		t.Errorf("the January toll is not another event: %+v", a.Figures)
	}
}

func TestAgreesAcrossPointScales(t *testing.T) {
	an := NewAnalyzer()
	fig := func(text string) *Figure {
		a := an.Analyze(text, Options{})
		if len(a.Figures) == 0 {
			t.Fatalf("no figure in %q", text)
		}
		return &a.Figures[0]
	}
	bp, half, quarter := fig("It cut by 50 basis points."), fig("It cut by half a percentage point."), fig("It cut by a quarter of a percentage point.")
	if !bp.Agrees(half) || !half.Agrees(bp) {
		t.Errorf("50 basis points and half a percentage point disagree")
	}
	if bp.Agrees(quarter) {
		t.Errorf("50 basis points agrees with a quarter of a point")
	}
	if !SameMeasure(bp.Counts, half.Counts) {
		t.Errorf("SameMeasure(%q, %q) = false", bp.Counts, half.Counts)
	}
}

// TestSelfAcronyms checks the initials a page gives its own publisher.
func TestSelfAcronyms(t *testing.T) {
	tests := []struct {
		text, publisher string
		want            []string
	}{
		{"Heute hat das Eisenbahn-Bundesamt (EBA) eine Prüfung angeordnet.", "Eisenbahn-Bundesamt", []string{"EBA"}},
		{"La Dirección General de Tráfico (DGT) informa.", "Dirección General de Tráfico", []string{"DGT"}},
		{"The Eisenbahn-Bundesamt ordered checks (see annex).", "Eisenbahn-Bundesamt", nil},
		{"The agency (EBA) said.", "", nil},
	}
	for _, tt := range tests {
		if got := SelfAcronyms(tt.text, tt.publisher); !slices.Equal(got, tt.want) {
			t.Errorf("SelfAcronyms(%q, %q) = %q, want %q", tt.text, tt.publisher, got, tt.want)
		}
	}
}

// TestStatedPrecision: an approximation is as precise as its digits:
// "about 19,800" is within two hundred, "about 20,000" and "some 3,500"
// within a tenth.
func TestStatedPrecision(t *testing.T) {
	tests := []struct {
		text      string
		low, high float64
	}{
		{"About 19,800 packs were sold.", 19600, 20000},
		{"About 20,000 packs were sold.", 18000, 22000},
		{"Some 3,500 people fled.", 3150, 3850},
		{"Nearly 1,426 people voted.", 1424, 1426},
		{"About 119 attacks were recorded.", 107.1, 130.9},
	}
	for _, tt := range tests {
		fs := NewAnalyzer().Analyze(tt.text, Options{}).Figures
		if len(fs) == 0 || fs[0].Low != tt.low || fs[0].High != tt.high {
			t.Errorf("%q: %+v, want [%v, %v]", tt.text, fs, tt.low, tt.high)
		}
	}
}

// TestFiguresGonePast: "deaths pass 300" and "the toll topped 1,000" are
// floors; "passed three exams" counts exams.
func TestFiguresGonePast(t *testing.T) {
	tests := []struct {
		text, figure string
		low, high    float64
	}{
		{"Cholera deaths pass 300 in Borno.", "300", 301, math.Inf(1)},
		{"The death toll topped 1,000 on Friday.", "1,000", 1001, math.Inf(1)},
		{"Losses exceeded $2 billion.", "$2 billion", 2e9, math.Inf(1)},
		{"He passed 3 exams.", "3", 3, 3},
	}
	for _, tt := range tests {
		a := NewAnalyzer().Analyze(tt.text, Options{})
		var f *Figure
		for i := range a.Figures {
			if a.Figures[i].Text == tt.figure {
				f = &a.Figures[i]
			}
		}
		if f == nil || f.Low != tt.low || f.High != tt.high {
			t.Errorf("%q: %q = %+v, want [%v, %v]", tt.text, tt.figure, f, tt.low, tt.high)
		}
	}
}
