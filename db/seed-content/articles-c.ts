import type { SeedArticle } from './types';

export const articlesC: SeedArticle[] = [
  // ───────────────────────────── CITY ─────────────────────────────
  {
    slug: 'northgate-libraries-to-stay-open-until-eight-in-evening-trial',
    title: 'Northgate libraries to stay open until eight in late-evening trial',
    standfirst:
      'Central Library and two branches will open late three evenings a week for a year, after a consultation found that working residents struggled to visit before closing time.',
    section: 'city',
    author: 'amara-okafor',
    tags: ['Council', 'Community', 'Education'],
    heroCaption:
      'Readers at the long tables of Central Library as the reading-room lamps come on at dusk.',
    body: `
<p>Three of Northgate's libraries will stay open until 8pm on three evenings a week from next month, in a twelve-month trial that councillors hope will reverse a steady fall in visitor numbers.</p>
<p>Central Library on Chandler Street, along with the Eastbank and Millford branches, currently closes at 5.30pm on most days. Under plans approved by the council's communities committee this week, each will extend its hours on alternating evenings, so that at least one library in the city is open late on every working day.</p>
<h2>What the consultation found</h2>
<p>The change follows a public consultation last autumn which drew more than 2,400 responses. Almost six in ten respondents said they found it difficult to reach a library before it closed, with shift workers, parents and students the most likely to raise the problem.</p>
<p>Key findings included:</p>
<ul>
<li>58 per cent of respondents said the current hours did not suit them</li>
<li>41 per cent said they would visit at least once a week if evening opening were available</li>
<li>Study space and free wifi were the most requested services after book borrowing</li>
<li>Fewer than one in ten wanted weekend hours cut to pay for later evenings</li>
</ul>
<p>Visits across the city's seven libraries have fallen by around 18 per cent over five years, according to council figures, although digital lending has almost doubled over the same period.</p>
<h2>How it will be paid for</h2>
<p>The trial is expected to cost about £96,000, covering extra staff hours, heating and security. Most of the money will come from an underspend in the cultural services budget, with a smaller contribution from the Friends of Northgate Libraries, a volunteer group that has raised funds through second-hand book sales for more than two decades.</p>
<p>Councillor Ruth Ashdown, who chairs the communities committee, said the aim was to make libraries fit around people's lives rather than the other way round.</p>
<blockquote><p>"For too long we have run our libraries on hours that made sense for a different era. If you work until five and then collect your children, a library that shuts at half past five might as well not exist. We want to see whether opening later brings people back, and we will be honest about the results either way."</p></blockquote>
<p>Opposition members broadly welcomed the trial but questioned whether it went far enough. Councillor Gareth Pryce said he would have liked to see the smaller branches at Harbourside and Kelling Road included. "Those are the neighbourhoods with the fewest alternatives," he told the meeting. "A warm, quiet place to study matters most where homes are overcrowded."</p>
<h2>Staff and unions</h2>
<p>Library staff will be offered the additional evening shifts on a voluntary basis first, with six temporary posts advertised to cover any gaps. The union representing library workers said it had been properly consulted and was satisfied that nobody would be required to change their working pattern against their wishes.</p>
<p>Joanne Felton, a senior librarian at Central Library, said staff were looking forward to the change. "We see the little queue at the door at half past five every evening: people hoping to print a form, return a book or finish their homework. It's frustrating to turn them away. We're already planning homework clubs and a series of evening author talks."</p>
<h2>What happens next</h2>
<p>The extended hours begin next month, and the council has promised to publish visitor figures every quarter. A full review is due at the end of the trial, when councillors will decide whether to make the hours permanent, extend them to other branches, or return to the current timetable.</p>
<p>Residents can give feedback through a short survey available at every library counter, and the Friends group is recruiting volunteers to help run the evening events.</p>
`,
  },
  {
    slug: 'riverside-path-to-close-for-eight-months-as-wend-flood-wall-is-rebuilt',
    title: 'Riverside path to close for eight months as Wend flood wall is rebuilt',
    standfirst:
      'A £14 million scheme to raise and strengthen flood defences along the Wend will shut a popular stretch of the riverside walk, with a signed diversion through the streets behind Cooper’s Wharf.',
    section: 'city',
    author: 'tomasz-nowak',
    tags: ['Environment', 'River Wend', 'Council', 'Transport'],
    heroCaption:
      'Construction barriers line the riverside walk as the Wend runs high against the old flood wall.',
    body: `
<p>A 1.2-kilometre stretch of the riverside path between Salter's Bridge and the Cooper's Wharf steps will close for around eight months from early next year while engineers rebuild the ageing flood wall that protects hundreds of homes in the lower town.</p>
<p>The £14 million project, led by the Wend Rivers Authority with support from Northgate City Council, will raise the height of the defences by up to 60 centimetres and replace sections of Victorian masonry that surveyors say are close to the end of their working life.</p>
<h2>Why the work is needed</h2>
<p>The lower town has flooded twice in the past decade. During the worst event, three winters ago, river water overtopped the wall near Tanner's Row and 143 homes and 38 businesses were flooded, some to a depth of more than a metre. Several families were unable to return to their properties for almost a year.</p>
<p>Modelling carried out since then suggests that, without improvement, the existing wall has roughly a one-in-25 chance of being overtopped in any given year. Once the new defences are complete, the authority says that risk will fall to around one in 200, even allowing for higher river levels expected as the climate changes.</p>
<p>The scheme includes:</p>
<ul>
<li>Rebuilding 900 metres of wall on deeper concrete foundations, faced with reclaimed stone</li>
<li>Three new flood gates at the slipways used by the rowing clubs and the lifeboat crew</li>
<li>A larger pumping station at Tanner's Row to clear surface water during storms</li>
<li>New seating, lighting and tree planting once the path reopens</li>
</ul>
<h2>Disruption and diversions</h2>
<p>The riverside path is used by an estimated 3,000 walkers, runners and cyclists a day, many of them commuting into the city centre. A signed diversion will take pedestrians along Ropewalk Lane and Quay Street, adding around five minutes to most journeys. Cyclists will be directed onto a temporary two-way lane on Chapel Hill, which will lose 22 parking spaces for the duration of the works.</p>
<p>Helen Marsh, project manager for the Wend Rivers Authority, said the team had tried to keep the closure as short as possible.</p>
<blockquote><p>"We know how much people value that path, and closing it is not a decision we have taken lightly. But this wall is the only thing standing between the river and several hundred homes. We would far rather inconvenience people for a few months now than see the lower town flooded again."</p></blockquote>
<p>Residents on Tanner's Row, many of whom were flooded three winters ago, have largely welcomed the news. Samir Haddad, who chairs the Lower Town Residents' Association, said some neighbours still kept sandbags by their front doors. "People here have been waiting a long time for this. The path closure is an annoyance, but most of us would happily walk the long way round to sleep better when it rains."</p>
<p>Not everyone is convinced the diversion will work. The Northgate Cycle Forum said the Chapel Hill route was steep and busy with delivery traffic, and called for a lower speed limit while the temporary lane is in place.</p>
<h2>What happens next</h2>
<p>Site clearance and tree protection work will begin in the coming weeks, with the main construction phase due to start early next year. Work in the river itself will be restricted to the summer months to protect migrating fish.</p>
<p>The authority will hold two drop-in sessions at the Lower Town Community Centre next month, where residents can see the designs and ask questions. Businesses along the route have been offered a dedicated liaison officer, and the council says it is considering a small support fund for traders who can show a drop in custom during the works.</p>
`,
  },
  {
    slug: 'st-brigids-emergency-waits-lengthen-as-winter-pressures-build',
    title: "St Brigid's emergency department waits lengthen as winter pressures build",
    standfirst:
      "Fewer than two-thirds of patients at St Brigid's were seen within four hours last month, with hospital managers blaming delayed discharges and a shortage of community care places.",
    section: 'city',
    author: 'priya-raman',
    tags: ['Health', "St Brigid's", 'Council'],
    heroCaption:
      "Ambulances queue under the canopy outside the emergency entrance at St Brigid's Hospital.",
    body: `
<p>Patients arriving at the emergency department at St Brigid's Hospital are facing the longest waits on record, with new figures showing that only 64 per cent were admitted, transferred or discharged within four hours last month.</p>
<p>The national standard is for 95 per cent of patients to be dealt with within that time, and the figure at St Brigid's has not met it for more than three years. But the latest performance is the worst since current records began, and well below the 72 per cent achieved at the same point last winter.</p>
<h2>Beds blocked by delayed discharges</h2>
<p>Hospital managers say the problem lies less at the front door than further through the building. On an average day last month, 87 patients who were medically fit to leave remained in hospital beds because suitable care at home or in a nursing home was not yet available. That is roughly one in seven of the hospital's general and acute beds.</p>
<p>Other figures published in the hospital trust's board papers show:</p>
<ul>
<li>412 patients waited more than twelve hours in the department from arrival</li>
<li>Ambulance handovers took an average of 47 minutes, against a target of 15</li>
<li>Attendances were 6 per cent higher than the same month last year</li>
<li>Staff sickness in the department reached 7.8 per cent, driven partly by respiratory infections</li>
</ul>
<p>Dr Fiona Marsh, the trust's chief operating officer, said staff were working "flat out" and apologised to patients who had waited too long.</p>
<blockquote><p>"Nobody who works here thinks these waits are acceptable. The emergency department is full because the wards are full, and the wards are full because we cannot get people home safely. Until we fix the flow out of the hospital, we will keep seeing patients waiting on trolleys, however hard our teams work at the front door."</p></blockquote>
<h2>Patients describe long nights</h2>
<p>Among those caught up in the delays was retired docker Alan Whitcombe, 79, who spent nineteen hours in the department after a fall at home last month. His daughter, Karen, said the staff had been kind but visibly overstretched. "He was on a trolley in a corridor all night with a cracked hip. The nurses kept apologising. You could see they were at the end of their tether, too."</p>
<p>The health union representing nursing staff said its members were "exhausted and demoralised". Branch secretary Maria Santos said the trust needed to recruit more permanent staff rather than relying on agency shifts, which cost the hospital more than £1.1 million last quarter.</p>
<h2>Council and care homes</h2>
<p>Northgate City Council, which funds most social care packages in the city, said it had commissioned 40 additional home care places this winter and was working with the hospital to speed up assessments. Councillor Dev Chaudhry, cabinet member for adult social care, said recruitment of care workers remained the biggest obstacle. "We can find the money for the packages. What we struggle to find is the people to deliver them, because care work is hard and the pay does not reflect that."</p>
<h2>What happens next</h2>
<p>The hospital is opening a same-day emergency care unit next to the department, which it hopes will allow around 40 patients a day to be assessed and treated without being admitted. A discharge lounge, where patients can wait for transport home, is also being extended.</p>
<p>The trust's board will discuss its winter plan at its next public meeting, and the independent Northgate Patients' Forum has asked patients who have experienced long waits to share their stories to inform a report due in the spring.</p>
`,
  },

  // ─────────────────────────── BUSINESS ───────────────────────────
  {
    slug: 'fenwicks-bakery-becomes-worker-co-operative-as-founder-hands-over-keys',
    title: "Fenwick's Bakery becomes a worker co-operative as its founder hands over the keys",
    standfirst:
      "Eighteen staff at the Northgate bakery have bought the business from its retiring founder, in what advisers believe is the city's first employee buyout of an independent food business.",
    section: 'business',
    author: 'daniel-reyes',
    tags: ['Small business', 'Food', 'Community', 'Jobs'],
    heroCaption:
      "Bakers shape the morning's loaves at a floury workbench behind the counter at Fenwick's.",
    body: `
<p>Fenwick's Bakery, a fixture on Chandler Street for more than three decades, has become Northgate's newest worker co-operative after its eighteen staff clubbed together to buy the business from founder Maureen Fenwick.</p>
<p>Mrs Fenwick, 68, opened the shop with her late husband in a former ironmonger's and built it into one of the city's best-known independent food businesses, with a second counter in the covered market and a wholesale trade supplying cafés and restaurants. The sale price has not been disclosed, but the deal was financed through a combination of staff savings, a loan from the Wend Valley Credit Union and a deferred payment to Mrs Fenwick spread over seven years.</p>
<h2>Keeping the ovens local</h2>
<p>Mrs Fenwick said she had received two offers from larger bakery chains over the past eighteen months but turned both down because she feared the recipes, and the jobs, would not survive.</p>
<blockquote><p>"I didn't build this place to watch it turned into another shop selling the same croissants as every other town. The people who work here know the ovens, they know the customers, and frankly they know the sourdough better than I do these days. Selling to them was the only option that felt right."</p></blockquote>
<p>Under the new structure, every employee who has worked at the bakery for at least six months can become a member, paying a nominal £1 share. Each member has one vote, regardless of role or hours.</p>
<h2>How the co-operative will work</h2>
<p>The members have agreed a set of founding rules, drawn up with help from the regional co-operative development agency. They include:</p>
<ul>
<li>An elected board of five, including at least two bakers and one member of counter staff</li>
<li>A cap on the gap between the highest and lowest hourly rates of three to one</li>
<li>Half of any annual surplus reinvested in the business, with the rest shared among members</li>
<li>A commitment to buy flour from mills within 60 miles wherever possible</li>
</ul>
<p>Head baker Luis Almeida, who joined as a teenage apprentice fourteen years ago and has been elected the co-operative's first chair, admitted the transition had been "a steep learning curve". "Most of us are used to thinking about proving times and oven temperatures, not cash flow forecasts," he said. "We've spent a lot of evenings around the big table in the back learning to read a balance sheet. But everyone has more reason to care now, and you can feel that on the shop floor."</p>
<h2>A growing model</h2>
<p>Employee ownership remains rare among small food businesses, but advisers say interest is rising as a generation of owners approaches retirement without an obvious successor. Priyanka Doshi, a business adviser who worked on the buyout, said she was aware of at least four other Northgate firms exploring similar arrangements.</p>
<p>"Many owners assume selling to staff is complicated or that they'll get a worse price," she said. "In reality, there are tax advantages, and you are selling to people who already understand the business. The harder part is building confidence that ordinary employees can run things. Fenwick's shows they can."</p>
<h2>What happens next</h2>
<p>The co-operative's first priority is to replace one of the two deck ovens, which is more than twenty years old, at a cost of around £45,000. Members are also in talks about a wholesale contract with Northgate University's catering service, which could add four jobs.</p>
<p>Mrs Fenwick will stay on for the next few months as an adviser, though she insists she will not be behind the counter. "I've promised them I'll only come in to buy a loaf," she said. "And I'll pay full price."</p>
`,
  },
  {
    slug: 'tollgate-ales-to-double-output-and-create-22-jobs-in-ropewalk-move',
    title: 'Tollgate Ales to double output and create 22 jobs in move to Ropewalk Lane',
    standfirst:
      'The independent brewer has won planning permission to convert a former bonded warehouse, with a taproom, a canning line and four apprenticeships planned for the new site.',
    section: 'business',
    author: 'helena-lindqvist',
    tags: ['Small business', 'Jobs', 'Council'],
    heroCaption:
      'Stainless steel fermentation tanks stand ready inside the high brick walls of the old bonded warehouse.',
    body: `
<p>Northgate brewer Tollgate Ales is to more than double its production and create 22 jobs after councillors approved plans to convert a long-empty bonded warehouse on Ropewalk Lane into a brewery and taproom.</p>
<p>The company, founded nine years ago by former engineering lecturer Callum Reid and chemist Aisha Benali in a railway arch beneath the Eastbank viaduct, currently employs fourteen people and produces around 4,000 hectolitres of beer a year. The new site will allow that to rise to about 10,000 hectolitres within three years.</p>
<h2>From railway arch to warehouse</h2>
<p>Tollgate's growth has been driven largely by its supermarket-free approach, selling through independent pubs, bottle shops and its own online store. Its flagship pale ale, Harbour Light, is now stocked by more than 200 outlets across the region.</p>
<p>"We've been brewing at full capacity for two years and turning orders away," Mr Reid said. "The arch has been wonderful, but when you're moving kegs by hand around a space where you can touch both walls at once, you know it's time."</p>
<p>The £2.3 million project is being funded through a bank loan, investment from the founders and a crowdfunding campaign that raised £410,000 from more than 1,300 customers in six weeks. The investment will pay for:</p>
<ul>
<li>A new 30-hectolitre brewhouse and eight fermentation vessels</li>
<li>A canning line, replacing a mobile service the company currently hires in</li>
<li>A 120-seat taproom and small kitchen on the ground floor</li>
<li>Restoration of the warehouse's original cast-iron columns and loading doors</li>
</ul>
<h2>Neighbours' concerns addressed</h2>
<p>The planning application drew 31 objections, mostly from residents of the new apartments on nearby Cordwainer Street, who raised concerns about noise, smells from the brewing process and lorries using the narrow lane.</p>
<p>Councillors approved the scheme subject to conditions limiting deliveries to daytime hours, requiring a filtration system on the brewhouse extraction and capping taproom opening at 10.30pm. Planning committee chair Councillor Yusuf Kaya said the conditions struck a fair balance.</p>
<blockquote><p>"This building has stood empty for the best part of twenty years, and it is exactly the kind of place we want to see brought back to life. Residents were right to raise their concerns, and the conditions we have attached mean Tollgate will have to be a good neighbour. I have every confidence they will be."</p></blockquote>
<p>Ms Benali said the company had met residents twice during the planning process and would set up a community liaison group once the brewery opened. "We live in this city too. Nobody wants to be the brewery everyone complains about," she said.</p>
<h2>Jobs and apprenticeships</h2>
<p>The 22 new roles will include brewers, warehouse staff, taproom and kitchen workers and a full-time sales manager. Four places will be reserved for apprentices, recruited in partnership with Northgate College, which runs a food science course.</p>
<p>Local business leaders welcomed the expansion. Gemma Otieno, chief executive of the Northgate Chamber of Commerce, said it showed that "home-grown firms can scale up without leaving the city", and pointed out that the brewery would buy malt from a maltings less than 40 miles away.</p>
<h2>What happens next</h2>
<p>Building work is due to begin in the spring, with the first brews expected towards the end of next year. The taproom will open a few months later, once the brewery is running smoothly. The company will keep its railway arch as a small pilot brewery for experimental beers.</p>
`,
  },
  {
    slug: 'wendline-buses-offers-bonuses-as-driver-shortage-hits-evening-services',
    title: 'Wendline Buses offers £2,000 bonuses as driver shortage hits evening services',
    standfirst:
      'The city’s main bus operator says it is 46 drivers short of a full roster, forcing it to trim late timetables on six routes while it trains recruits at a new in-house academy.',
    section: 'business',
    author: 'amara-okafor',
    tags: ['Transport', 'Jobs', 'Council'],
    heroCaption:
      'A lone double-decker waits at a rain-streaked city-centre stop as the evening traffic thins.',
    body: `
<p>Northgate's largest bus operator is offering new recruits a £2,000 joining bonus and paying for their driving licences as it struggles with a shortage of drivers that has forced it to cut evening services across the city.</p>
<p>Wendline Buses, which runs around 70 per cent of local bus journeys, says it currently has 284 drivers against a required roster of 330. From the end of this month, the last departures on six routes will be brought forward by up to an hour, and frequencies on two cross-city services will drop from every twelve minutes to every fifteen after 7pm.</p>
<h2>Why drivers are hard to find</h2>
<p>The company blames a combination of factors, many of them shared by operators across the country. Around a third of its drivers are over 55, and retirements have outpaced recruitment for the past three years. Delivery firms and warehouse operators on the city's outskirts have also been offering competitive pay with more regular hours.</p>
<p>Managing director Paul Henshaw said the cost and time of getting a bus licence had put off many potential applicants.</p>
<blockquote><p>"Training a new driver from scratch takes around ten weeks and costs us about £4,500. Years ago people often came to us with a licence already, from the army or from lorry driving. That pipeline has largely dried up, so we have to grow our own. We are doing that as fast as we can, but we cannot put a bus on the road without someone safe and qualified behind the wheel."</p></blockquote>
<h2>Recruitment push</h2>
<p>The company has converted part of its Kelling Road depot into a training academy, which will be able to take cohorts of twelve trainees at a time. Its recruitment package includes:</p>
<ul>
<li>A £2,000 bonus, paid in two instalments over the first year</li>
<li>Full pay during training, rather than the reduced rate previously offered</li>
<li>Guaranteed rotas published six weeks in advance</li>
<li>A new part-time contract aimed at parents and semi-retired workers</li>
</ul>
<p>The first academy intake began last week and includes a former nurse, two university graduates and a retired police officer. Trainee Shona Gallagher, 34, said the promise of fixed rotas had persuaded her to apply. "I've got two kids at primary school. Knowing my shifts a month and a half ahead makes it possible. I used to drive a minibus for a youth club and loved it, so I thought, why not go bigger?"</p>
<h2>Passengers and unions</h2>
<p>The cuts have angered passengers who rely on late buses to get home from work. Nurses at St Brigid's Hospital and staff at city-centre restaurants are among those expected to be most affected. The Northgate Bus Users Group said it had received dozens of complaints since the changes were announced.</p>
<p>The union representing bus workers said the shortage was a pay problem. Regional organiser Kieran Doyle said current rates were "simply not enough for the responsibility and the antisocial hours", and confirmed that pay talks would open next month.</p>
<p>Councillor Ifeoma Adeyemi, the council's transport lead, said she had asked the operator to prioritise routes serving the hospital and the late-night economy. The council is also exploring whether unused bus improvement funding could support a temporary subsidy for the worst-affected services.</p>
<h2>What happens next</h2>
<p>Wendline says it expects to recruit and train around 60 drivers over the next six months, which should allow most evening services to be restored. The revised timetables will be reviewed in three months, and the company has promised to reinstate the later journeys as soon as staffing allows.</p>
`,
  },

  // ─────────────────────────── SCIENCE ───────────────────────────
  {
    slug: 'volunteer-survey-finds-wading-birds-returning-to-wend-estuary',
    title: 'Volunteer survey finds wading birds returning to the Wend estuary mudflats',
    standfirst:
      'Counts by more than 120 volunteers recorded the highest numbers of redshank and curlew on the estuary in a decade, though researchers warn that some species are still in steep decline.',
    section: 'science',
    author: 'helena-lindqvist',
    tags: ['Environment', 'Wildlife', 'River Wend', 'Northgate University'],
    heroCaption:
      'A flock of redshank lifts off the mudflats below the estuary sea wall at low tide.',
    body: `
<p>Wading birds are returning to the Wend estuary in numbers not seen for more than a decade, according to the latest results of a long-running survey carried out by volunteers and university ecologists.</p>
<p>The Wend Estuary Bird Count, organised by the Northgate Natural History Society with support from Northgate University's school of biological sciences, recorded a peak winter total of 11,480 waders across the mudflats and saltmarsh between the harbour mouth and Ferrisham Point. That is around 30 per cent higher than the average over the previous ten winters.</p>
<h2>Winners and losers</h2>
<p>The survey is carried out once a month through the winter, timed to coincide with high tide, when birds gather on the remaining patches of exposed ground and are easiest to count. This season, 124 volunteers took part across 19 sections of shoreline.</p>
<p>Among the most notable results:</p>
<ul>
<li>Redshank reached a peak of 2,310, the highest count since the survey began</li>
<li>Curlew rose to 860, up from fewer than 500 five winters ago</li>
<li>Black-tailed godwit numbers more than doubled, to 1,120</li>
<li>Lapwing fell again, to just 410, continuing a decline of around two-thirds over twenty years</li>
<li>Ringed plover were recorded in only four of the 19 sections</li>
</ul>
<p>Dr Isla Brennan, an ecologist at the university who analyses the data, said the results were encouraging but should be treated with care.</p>
<blockquote><p>"One good winter does not make a recovery. Bird numbers on an estuary can swing a great deal depending on the weather further north and east, and a cold snap elsewhere can push birds our way. What makes these figures interesting is that the increase has been building for four or five years, and it is concentrated in the places where we have seen habitat improve."</p></blockquote>
<h2>Saltmarsh and quieter shores</h2>
<p>Researchers believe two changes are likely to have helped. Six years ago, a section of old sea wall near Ferrisham was deliberately breached to allow the tide back onto former farmland, creating around 40 hectares of new saltmarsh and mudflat. Counts in that section have risen almost every year since.</p>
<p>At the same time, voluntary codes asking dog walkers to keep to the upper path during high tide have reduced disturbance on the busiest stretches. Birds that are repeatedly flushed from their roosts burn energy they need to survive the winter, Dr Brennan explained.</p>
<p>The picture for lapwing and ringed plover is less positive. Both species nest on open ground, and researchers say the decline is probably linked to the loss of suitable breeding sites on farmland inland rather than anything happening on the estuary itself.</p>
<h2>Volunteers at the heart of the count</h2>
<p>Many volunteers have taken part for years. Retired teacher Graham Oduya, 74, has counted the same stretch of shore near the harbour mouth for 23 winters. "You get to know your patch like an old friend," he said. "When I started, a hundred curlew was a good day. Last month I had nearly three hundred. It's the best thing I've seen down there in a long time."</p>
<p>The society is keen to recruit younger counters, and this season ran training sessions for students for the first time. Nineteen took part, several of whom went on to cover sections on their own.</p>
<h2>What happens next</h2>
<p>The full report will be shared with the Wend Rivers Authority and the county wildlife trust, and the university is seeking funding for a study fitting lightweight tags to a small number of curlew to find out where they travel to breed. Anyone interested in joining next winter's count can contact the Natural History Society through its stand at Central Library.</p>
`,
  },
  {
    slug: 'university-planetarium-show-puts-northgate-night-sky-under-the-dome',
    title: "University planetarium's new show puts Northgate's night sky under the dome",
    standfirst:
      "A locally produced show at Northgate University's planetarium uses measurements taken by students and residents to chart how light pollution has dimmed the stars above the city.",
    section: 'science',
    author: 'daniel-reyes',
    tags: ['Northgate University', 'Education', 'Environment'],
    heroCaption:
      'Visitors recline beneath the planetarium dome as a projected Milky Way fades behind a glow of streetlights.',
    body: `
<p>For most people in Northgate, the Milky Way is something seen on holiday, if at all. A new show at the university planetarium sets out to explain why, and what the city could do to bring it back.</p>
<p><em>Lost Stars of Northgate</em>, which opens to the public next week, is the first full-length show produced entirely in-house by the planetarium team. The 40-minute programme combines a tour of the winter sky with data collected over two years by students, schools and amateur astronomers using handheld light meters at more than 150 locations across the city and the surrounding countryside.</p>
<h2>Measuring the dark</h2>
<p>The project began as a final-year physics assignment and quickly grew. Volunteers took readings on clear, moonless nights using small sky quality meters, which measure the brightness of the sky overhead. The results were combined into a map that is projected onto the dome during the show, with the city glowing orange at its centre.</p>
<p>The findings include:</p>
<ul>
<li>The sky above the city centre is roughly 25 times brighter than at the darkest measured site, on the moors north of Ferrisham</li>
<li>Only around 250 stars are visible to the naked eye from the city centre on a good night, compared with more than 2,000 on the moors</li>
<li>The single brightest reading came from beside the floodlit retail park on the ring road</li>
<li>Neighbourhoods where streetlights have been fitted with shielded, warmer bulbs were measurably darker</li>
</ul>
<p>Dr Kofi Mensah-Hart, director of the planetarium, said the aim was to show audiences something they had lost without realising it.</p>
<blockquote><p>"Every generation before ours grew up with a sky full of stars. We have given that away almost by accident, through lights that shine upwards and sideways where nobody needs them. The good news is that light pollution is the easiest kind of pollution to fix. Turn off or redirect a light, and the problem disappears instantly."</p></blockquote>
<h2>A show made in Northgate</h2>
<p>Producing a full planetarium show usually costs hundreds of thousands of pounds, and most small venues buy ready-made programmes from commercial studios. The Northgate team instead used open-source astronomy software and recruited students from the university's music and media courses to score and narrate the show.</p>
<p>Narrator Ellie Sturgess, a third-year drama student, said recording inside the dome had been a strange experience. "You're lying back, looking up at the stars, reading a script about how you can't see the stars. It's oddly moving. I think people will leave wanting to go and look up."</p>
<p>The planetarium, which seats 60, reopened two years ago after a refurbishment and now welcomes around 18,000 visitors a year, including more than 6,000 schoolchildren.</p>
<h2>From the dome to the street</h2>
<p>Campaigners hope the show will build support for darker skies in the city. The Northgate Astronomical Society is calling on the council to adopt a lighting policy for new developments, and wants the moors to the north to be considered for dark sky status.</p>
<p>A council spokesperson said the current streetlight replacement programme already used shielded fittings and that it would "look with interest" at the survey findings.</p>
<h2>What happens next</h2>
<p>The show will run several times a day during the school holidays and on selected evenings, with relaxed performances for visitors with sensory needs. A free version is being offered to every primary school in the city, and the team plans to repeat the sky measurements next winter to see whether anything has changed.</p>
`,
  },
  {
    slug: 'st-brigids-study-to-track-dockside-air-and-childhood-asthma',
    title: "St Brigid's study to track link between dockside air and childhood asthma",
    standfirst:
      'Researchers will fit low-cost air sensors in 300 homes near the city’s busiest freight routes to test whether pollution peaks line up with children’s hospital visits for asthma.',
    section: 'science',
    author: 'priya-raman',
    tags: ['Health', 'Environment', "St Brigid's", 'Northgate University'],
    heroCaption:
      'A small white air-quality sensor mounted on a window frame overlooks a busy street of terraced houses.',
    body: `
<p>Doctors at St Brigid's Hospital and scientists at Northgate University are to launch a two-year study examining whether air pollution from lorries and shipping is contributing to high rates of childhood asthma in the streets closest to the docks.</p>
<p>The project will recruit 300 families with children aged between four and twelve who have been diagnosed with asthma. Each home will be fitted with a small indoor sensor and a second unit outside a front window, measuring fine particles and nitrogen dioxide every few minutes.</p>
<h2>A long-standing concern</h2>
<p>Children in the wards around the docks are admitted to hospital for asthma at almost twice the rate of those elsewhere in the city, according to figures from the hospital's paediatric department. Local parents have long suspected that heavy goods traffic on Dock Road and the Eastern Link is to blame, but previous studies have relied on a handful of fixed monitoring stations that cannot show what individual children are breathing.</p>
<p>Dr Anjali Mehra, a consultant paediatrician at St Brigid's who is co-leading the study, said the new approach would produce a far more detailed picture.</p>
<blockquote><p>"We see the same families again and again, and we see the same streets on the admission forms. What we have never been able to do is line up a child's symptoms with what was actually in the air around them that day. If we can show that link clearly, it gives the city something concrete to act on."</p></blockquote>
<h2>How the study will work</h2>
<p>Participating families will be asked to:</p>
<ol>
<li>Keep a simple symptom diary on a mobile phone app, taking around two minutes a day</li>
<li>Record use of reliever inhalers, which will also be fitted with small electronic counters</li>
<li>Allow the research team to access relevant GP and hospital records during the study</li>
<li>Attend two short check-ups at the hospital's children's outpatient clinic</li>
</ol>
<p>The sensor data will be combined with traffic counts, shipping schedules and weather records. Researchers at the university's environmental science department will use statistical models to look for patterns, such as whether symptoms worsen on days when wind blows from the docks towards residential streets.</p>
<p>Professor Ravi Thornton, who leads the university side of the project, said recent improvements in low-cost sensors had made the study possible. "Ten years ago, a single reliable monitor cost thousands of pounds. Now we can put one in every home for a fraction of that, and check them against the reference stations to make sure the readings hold up."</p>
<h2>Funding and community involvement</h2>
<p>The study is funded by a £780,000 grant from a national medical research charity, with additional support from the hospital's own charity. A panel of local parents helped design the study and will review the findings before they are published.</p>
<p>Leanne Okoro, a mother of three from Dock Road whose eldest son has been admitted to hospital with asthma four times, sits on the panel. "We've been told for years there's no proof. Well, let them find the proof, one way or the other. If it turns out it's not the lorries, fine, but at least we'll know."</p>
<p>The port operator said it welcomed the research and would share data on vessel movements and engine use while ships are at berth.</p>
<h2>What happens next</h2>
<p>Recruitment is expected to begin in the coming months through GP surgeries and primary schools in the dockside area. Interim findings are due after the first year, with a full report at the end of the study. The council's public health team has said it will use the results to inform decisions on freight routes and any future clean air zone.</p>
`,
    status: 'draft',
  },

  // ─────────────────────────── CULTURE ───────────────────────────
  {
    slug: 'basement-jazz-night-at-the-anchor-and-compass-marks-25-years',
    title: 'Basement jazz night at the Anchor and Compass marks 25 years of sessions',
    standfirst:
      "What began as a handful of musicians jamming for free beer has become one of the region's best-loved jazz nights, and its organisers are now planning a first live album.",
    section: 'culture',
    author: 'tomasz-nowak',
    tags: ['Arts', 'Community', 'Small business'],
    heroCaption:
      'A double bassist and saxophonist play to a packed, low-ceilinged cellar bar lit by candles.',
    body: `
<p>The cellar bar beneath the Anchor and Compass pub on Quay Street holds barely 80 people, has a ceiling low enough to worry anyone over six foot and a piano that has been out of tune for most of its life. For a quarter of a century, it has also been home to the most reliable jazz night in Northgate.</p>
<p>The Anchor Sessions, held every other week in the pub's basement, will mark their 25th anniversary with a weekend of concerts next month, and organisers are using the occasion to record the night's first live album.</p>
<h2>How it started</h2>
<p>The sessions were started by pianist Desmond Achterberg, then a music teacher at a city secondary school, and a handful of friends who had nowhere to play. The pub's landlord at the time offered them the cellar, then used for storing barrels, in exchange for bringing in a few thirsty customers on a quiet night.</p>
<p>"There were six of us and about four people in the audience, two of whom were our wives," Mr Achterberg, now 71, recalled. "We paid ourselves in beer. I honestly thought it would last a few months."</p>
<p>Instead, the night grew steadily, built on a simple format: a house trio plays a first set, then the floor opens to anyone who wants to sit in. Over the years, the sessions have developed a few unwritten rules, which regulars are happy to recite:</p>
<ul>
<li>Everyone gets a turn, whatever their standard</li>
<li>No talking during ballads</li>
<li>Newcomers choose the tune; the band will find the key</li>
<li>The last number of the night is always the same old blues, played by everyone still standing</li>
</ul>
<h2>A training ground for young players</h2>
<p>The open format has made the cellar an informal school for local musicians. Several players who first sat in as teenagers have gone on to study at conservatoires or tour professionally, and students from Northgate University's music department are regular visitors.</p>
<p>Saxophonist Nadia Kowalczyk, 26, first played at the sessions when she was fifteen, accompanied by her father. She now leads the house band on alternate nights.</p>
<blockquote><p>"The first time I stood up I was shaking so much I could hardly hold the horn. Des just nodded at me and counted it in as though I'd been doing it for years. Nobody laughed, nobody talked over me, and when I finished the whole room clapped. I think I decided that night that this was what I wanted to do with my life."</p></blockquote>
<h2>Keeping the lights on</h2>
<p>The sessions remain free to attend, with a bucket passed around for the house band. Current landlord Frank Delaney said the night was one of the reasons he took on the pub eight years ago, despite the challenges facing small venues.</p>
<p>"Energy costs, rates, everything has gone up. A lot of places like this have closed," he said. "But the jazz nights bring people in who wouldn't otherwise come to this end of town, and they come back. I'd sooner give up the quiz night than lose the Sessions."</p>
<h2>The anniversary weekend</h2>
<p>The celebration will feature three evenings of music, with former regulars travelling from as far as Glasgow and Berlin to take part. A recording engineer from the university will capture the performances for an album, which will be sold to raise money for a new piano.</p>
<p>Mr Achterberg insists the old instrument will not be thrown out. "It's going upstairs in the saloon bar," he said. "It deserves a quiet retirement, same as me. Though I'm not retiring yet."</p>
`,
  },
  {
    slug: 'forgotten-glass-negatives-reveal-century-old-northgate-at-city-museum',
    title: 'Forgotten glass negatives reveal a century-old Northgate at the city museum',
    standfirst:
      "More than 300 glass-plate photographs found in a solicitor's attic have been restored and go on show, offering a rare view of dock workers, market traders and street life over a century ago.",
    section: 'culture',
    author: 'amara-okafor',
    tags: ['Heritage', 'Arts', 'Community'],
    heroCaption:
      'A restored photograph shows fish sellers and their barrows lined up along the old market cobbles.',
    body: `
<p>A collection of more than 300 glass-plate negatives, discovered in the attic of a city-centre solicitor's office, has gone on display at Northgate City Museum, offering one of the most detailed records ever found of everyday life in the city more than a century ago.</p>
<p>The exhibition, <em>Northgate Through the Glass</em>, shows around 120 of the restored images, printed at large scale, alongside the original plates and the wooden camera believed to have taken them.</p>
<h2>A discovery in the attic</h2>
<p>The negatives were found two years ago by builders clearing the roof space of a Georgian terrace on Chandler Street, which had housed the same firm of solicitors for more than a hundred years. Packed in wooden crates and wrapped in newspaper, many were covered in soot and some were cracked.</p>
<p>Research by museum staff has linked them to Albert Crane, a portrait photographer who ran a studio on the same street and appears to have stored his work with the solicitors after his business closed. Unusually for a studio photographer of the period, Crane spent much of his spare time photographing the streets, the docks and the river.</p>
<p>Curator Dr Hannah Pilling said the collection was remarkable for its ordinariness.</p>
<blockquote><p>"Most photographs that survive from this period are formal occasions: civic ceremonies, weddings, the great and the good posing stiffly for the camera. Crane was interested in people going about their lives. We have coal heavers on their break, children playing cricket in a back lane, women mending nets on the quay. It is as close as we are likely to get to walking those streets ourselves."</p></blockquote>
<h2>Painstaking restoration</h2>
<p>Restoring the plates took a team of conservators and trained volunteers around eighteen months. The process involved:</p>
<ol>
<li>Cleaning each plate by hand with soft brushes and purified water</li>
<li>Stabilising cracked glass between protective sheets</li>
<li>Scanning the negatives at very high resolution</li>
<li>Digitally correcting scratches and stains while leaving the original plates untouched</li>
<li>Researching locations, using old maps and trade directories to identify streets and buildings</li>
</ol>
<p>The project was supported by a £68,000 grant from a national heritage fund, with the remaining costs met by the museum's friends' association.</p>
<h2>Help wanted to name the faces</h2>
<p>While many locations have been identified, almost none of the people in the photographs have names. The museum is inviting visitors to help, with a wall of unidentified faces and cards on which they can leave suggestions.</p>
<p>Early results have been encouraging. Retired shipwright Eric Lawson, 82, recognised his grandmother as one of a group of young women outside a jam factory. "I only ever knew her as an old lady. To see her laughing with her friends, no older than my granddaughter is now, was quite something. I stood in front of that picture for twenty minutes."</p>
<p>Museum staff say more than 40 possible identifications have been submitted in the first fortnight, each of which will be checked against census and parish records before being added to the archive.</p>
<h2>What happens next</h2>
<p>The exhibition runs until the end of the summer and is free to visit. After it closes, a smaller selection of prints will tour the city's libraries and community centres, and the full collection will be published in an online archive that anyone can search.</p>
<p>The museum is also appealing for information about Albert Crane himself, of whom no photograph is known to exist. "It would be nice," Dr Pilling said, "to finally put a face to the man behind the camera."</p>
`,
  },
  {
    slug: 'northgate-chess-club-membership-trebles-as-young-players-flock',
    title: 'Northgate chess club membership trebles as young players flock to the board',
    standfirst:
      'The 90-year-old Northgate Chess Club has moved into larger rooms and launched a junior league after a surge of interest driven by online play and a popular schools tournament.',
    section: 'culture',
    author: 'helena-lindqvist',
    tags: ['Community', 'Young people', 'Education'],
    heroCaption:
      'Rows of young players lean over chessboards in a bright community hall as parents watch from the side.',
    body: `
<p>For most of its 90-year history, Northgate Chess Club has met in a single upstairs room above a bookshop, where a dozen or so regulars played long, silent games under a portrait of a long-dead club president. These days, it needs a church hall.</p>
<p>Membership has trebled in three years, from 41 to 128, and more than half of the new members are under eighteen. The club has moved its weekly meetings to the hall at St Columba's on Eastbank, and this term launched its first junior league, with eight teams from schools and youth groups across the city.</p>
<h2>From screens to boards</h2>
<p>Club officials say the growth began with the boom in online chess, when many young people discovered the game through apps and streaming. But they credit a schools tournament, started by the club four years ago, with turning online interest into real-world membership.</p>
<p>Club secretary Margaret Oyelaran, a retired maths teacher, said the difference between playing on a screen and over the board had surprised many newcomers.</p>
<blockquote><p>"A lot of them arrive having played thousands of games on their phones, mostly very fast ones. Then they sit down opposite a real person, with a clock and no undo button, and it's a different game entirely. Some of them find it terrifying at first. But they love the social side, shaking hands, going over the game together afterwards. That's something an app can't give you."</p></blockquote>
<p>The club's rise has been helped by a few simple changes, including:</p>
<ul>
<li>Dropping the annual fee for under-18s and students to £10</li>
<li>Running a beginners' session for the first hour of every club night</li>
<li>Lending sets and clocks to schools that want to start their own clubs</li>
<li>Inviting parents to learn alongside their children</li>
</ul>
<h2>New faces, old hands</h2>
<p>Not all the new members are young. Several parents who started by sitting on the sidelines have joined themselves, and the club now runs a separate improvers' group for adults returning to the game after decades away.</p>
<p>Thirteen-year-old Zain Hussain, who first played in the schools tournament two years ago, has become one of the club's strongest juniors and recently earned his first official rating. "At school, people think chess is for nerds, but the club is honestly the most fun part of my week," he said. "I've made friends who are sixty, which is weird, but good weird."</p>
<p>Long-standing member Stanley Brooke, 84, who joined the club as a teenager, said the atmosphere had changed beyond recognition. "It was very quiet when I joined. You'd get a stern look for rustling a crisp packet. Now it's noisy and chaotic and full of children, and I think it's wonderful. The game was dying here. Now it isn't."</p>
<h2>Growing pains</h2>
<p>The rapid growth has brought challenges. The club relies entirely on volunteers, and finding enough adults to supervise junior sessions has become difficult. It also needs to buy more equipment, with sets and digital clocks for a single team match costing around £300.</p>
<p>The club has applied to the council's community grants scheme for funding and is seeking sponsorship from local businesses.</p>
<h2>What happens next</h2>
<p>The junior league will run through the school year, with a finals day planned for the summer in the atrium at Central Library. The club also hopes to enter a team in the regional youth championships for the first time, and is looking for volunteers, experienced or not, to help on club nights.</p>
`,
  },

  // ──────────────────────────── SPORT ────────────────────────────
  {
    slug: 'wend-regatta-returns-with-record-entries-and-new-womens-coastal-race',
    title: "Wend Regatta returns with record entries and a new women's coastal race",
    standfirst:
      'More than 600 rowers from 41 clubs are expected on the river this weekend, as the city’s oldest sporting event adds a coastal race and extends its course past the estuary bend.',
    section: 'sport',
    author: 'daniel-reyes',
    tags: ['River Wend', 'Community', 'Young people'],
    heroCaption:
      'Eights race side by side under Salter’s Bridge as spectators crowd the riverbank.',
    body: `
<p>The Wend Regatta, the oldest sporting event in Northgate, returns to the river this weekend with a record number of entries and a new race that organisers hope will bring a different kind of rowing to the city.</p>
<p>More than 600 rowers from 41 clubs have entered across two days of racing, up from 480 last year. Crews are travelling from across the country, with three clubs coming from the Netherlands and one from Ireland.</p>
<h2>A new race on the estuary</h2>
<p>The headline addition this year is a women's coastal rowing race, held on the estuary rather than the traditional river course. Coastal boats are wider and heavier than the slim shells used in river racing, designed to cope with waves and tidal currents, and the sport has grown rapidly in recent years.</p>
<p>Regatta secretary Bernadette Quigley said adding the race had been one of the organising committee's priorities.</p>
<blockquote><p>"Coastal rowing has exploded along this part of the coast, and a lot of the growth has come from women who took up the sport later in life. They told us they felt the regatta wasn't really for them. This race is our way of saying it absolutely is. We've had eighteen crews enter in the first year, which is far more than we dared hope for."</p></blockquote>
<p>The full programme includes:</p>
<ul>
<li>Head-to-head knockout racing for eights, fours and sculls on the traditional 1,000-metre river course</li>
<li>The women's coastal race, a 6-kilometre course around the estuary buoys</li>
<li>Junior events for under-14s and under-16s</li>
<li>The Mayor's Plate, a fun race for crews from local businesses and community groups</li>
</ul>
<h2>Local clubs aim high</h2>
<p>Northgate's two rowing clubs, Wend Amateur Rowing Club and the newer Northgate City Boat Club, have entered a combined 74 crews. Hopes are highest for Wend ARC's senior men's four, who reached the final last year and have been training on the river six mornings a week since the autumn.</p>
<p>Club captain Femi Adebayo said the crew had been "quietly confident" after strong results earlier in the season. "We lost the final last year by less than a length, and that has been in our heads ever since. The river is our home water. If we can't win here, we can't win anywhere."</p>
<p>The city's junior rowers are also expected to be well represented. Northgate City Boat Club's youth programme, which offers free sessions for pupils at three secondary schools, has entered twelve crews, several containing rowers who have never raced before.</p>
<h2>Safety and spectators</h2>
<p>Organisers have worked with the harbour master and the lifeboat crew to manage river traffic, and commercial vessels will be held at the harbour mouth during the coastal race. Four safety launches will patrol the course, with medical teams stationed at both finish lines.</p>
<p>Spectators are advised that the riverside path below Salter's Bridge is expected to be busy, and that the best views of the finish are from the gardens at Cooper's Wharf. Food stalls, a bar run by the rowing clubs and a brass band will be set up on the bank.</p>
<h2>What happens next</h2>
<p>Racing begins early on both mornings, with finals in the afternoon. If the coastal race is a success, organisers plan to add a men's and mixed event next year, and are in talks about hosting a round of the regional coastal rowing series.</p>
`,
  },
  {
    slug: 'harlequins-women-seal-promotion-after-unbeaten-league-campaign',
    title: "Harlequins women's side seal promotion after an unbeaten league campaign",
    standfirst:
      'Northgate Harlequins Women will play in the regional premiership next season after going the whole campaign unbeaten, capping a rapid rise for a team formed only six years ago.',
    section: 'sport',
    author: 'tomasz-nowak',
    tags: ['Community', 'Young people', 'Health'],
    heroCaption:
      'Harlequins players celebrate in a muddy huddle as supporters applaud from the touchline at Kingsmead.',
    body: `
<p>Northgate Harlequins Women have won promotion to the regional premiership after completing their league season unbeaten, sealing the title with a commanding 38-12 win over their nearest rivals in front of a record crowd at Kingsmead.</p>
<p>The result caps an extraordinary rise for a side that was formed only six years ago, when a handful of players answered an appeal on the club noticeboard. In their first season, they struggled to raise a full fifteen for away fixtures.</p>
<h2>A season to remember</h2>
<p>The Harlequins have dominated their division from the opening weekend. Their season in numbers:</p>
<ul>
<li>Played 16, won 15, drawn 1, lost none</li>
<li>Scored 612 points and conceded just 143</li>
<li>Winger Chloe Abernethy finished as the league's top try scorer, with 24</li>
<li>A home crowd of more than 1,100 for the title decider, the largest ever for a women's fixture at the club</li>
</ul>
<p>Head coach Rhiannon Price, a former international who moved to Northgate to take the job three years ago, said the team's success had been built on hard work away from the spotlight.</p>
<blockquote><p>"People see the big scores and assume it has been easy. It hasn't. These are women with jobs, children, studies, who are out on a freezing pitch two nights a week and in the gym before work. Every one of them has earned this. Now the real test starts, because next season the teams we face will be much stronger."</p></blockquote>
<h2>Building from the grassroots</h2>
<p>The women's team is part of a wider effort by the Harlequins to grow the game among girls. The club now runs mixed mini-rugby for the youngest age groups, girls-only sections at under-13, under-15 and under-18 level, and a programme that sends coaches into five local secondary schools.</p>
<p>Captain Nia Holloway, a physiotherapist at St Brigid's Hospital, joined the club in its first season having never played rugby before. "I came along because a friend dragged me. I didn't know the rules and I was terrified of being tackled," she said. "Now there are girls coming up through the juniors who are better at eleven than I was at twenty-five. That's the bit I'm proudest of."</p>
<h2>Facilities under pressure</h2>
<p>Promotion will bring new demands. Teams in the regional premiership are expected to meet higher standards for changing facilities, medical cover and floodlighting, and the club acknowledges that Kingsmead is not yet ready.</p>
<p>The club currently has only two changing rooms, which are shared between men's, women's and junior teams on busy match days. Club chair Martin Greaves said plans for two additional changing rooms and improved lighting on the second pitch had been drawn up, at an estimated cost of £350,000.</p>
<p>"We have ambitions to match the team, but we need help to get there," he said. "We will be applying to the sport's governing body and to the council's facilities fund, and we'll be asking members and local businesses to dig deep."</p>
<h2>What happens next</h2>
<p>The squad will break for the summer before pre-season training resumes, and the club is holding open recruitment sessions for new players of all abilities in the coming weeks. Fixtures for the regional premiership will be published later in the summer, with away trips expected to include some of the strongest club sides in the region.</p>
`,
  },

  // ─────────────────────────── OPINION ───────────────────────────
  {
    slug: 'half-finished-cycle-lanes-are-worse-than-none',
    title: 'Half-finished cycle lanes are worse than none: Northgate must join them up',
    standfirst:
      'The city has painted bike lanes that end without warning at its busiest junctions. Until they form a proper network, nobody should be surprised that so few people use them, argues our columnist.',
    section: 'opinion',
    author: 'priya-raman',
    tags: ['Transport', 'Council', 'Environment', 'Health'],
    heroCaption:
      'A painted cycle lane ends abruptly at a busy junction as a cyclist waits between lorries.',
    body: `
<p>There is a spot on Chapel Hill where the cycle lane simply gives up. One moment you are riding along a generous strip of green tarmac, feeling like a citizen of a forward-thinking European city. The next, the paint stops, a small sign reading "Cycle lane ends" appears, and you are merging with a bus and two delivery vans on the approach to the city's busiest roundabout.</p>
<p>Anyone who cycles in Northgate will know a dozen places like it. And anyone who has wondered why, after a decade of investment, so few people here ride a bike to work need look no further.</p>
<h2>Fragments, not a network</h2>
<p>By the council's own count, Northgate now has around 34 kilometres of cycle lanes. That sounds impressive until you look at a map. Almost none of them connect. They run for a few hundred metres along whichever stretch of road happened to be resurfaced, or wherever a developer was asked to contribute, and then disappear at precisely the junctions where cyclists feel most vulnerable.</p>
<p>The result is predictable. Cycling accounts for just 3 per cent of commuting journeys in the city, barely changed in ten years. Confident, experienced riders will cope with the gaps. Everyone else, the parents, the teenagers, the older commuter who would love to leave the car at home, takes one look at the roundabout and decides it isn't worth the risk.</p>
<p>The council's own transport strategy made this very point several years ago:</p>
<blockquote><p>"The evidence is clear that people will only choose to cycle if they feel safe for the whole of their journey. A route is only as attractive as its most dangerous section."</p></blockquote>
<p>Quite so. The question is why the money has continued to be spent as if the opposite were true.</p>
<h2>Why it keeps happening</h2>
<p>I do not think this is the result of bad faith. It is the result of how transport funding works. Money arrives in small, short-term pots, each with its own deadline and conditions. Officers understandably spend it where it can be spent quickly, on quiet roads where nobody objects, rather than on the difficult junctions that would require months of consultation and a fight with local traders over parking.</p>
<p>The outcome is a network designed around the path of least political resistance rather than the journeys people actually want to make.</p>
<h2>What the council should do</h2>
<p>Fixing this does not require a vast new budget. It requires a change of priorities. I would suggest three steps:</p>
<ol>
<li><strong>Stop building new isolated stretches.</strong> Every pound should go towards closing existing gaps until the main routes into the centre connect from end to end.</li>
<li><strong>Start with the junctions.</strong> The five most dangerous crossings, including the Chapel Hill roundabout and the Eastbank viaduct, should be redesigned first, even if that means difficult conversations about road space.</li>
<li><strong>Publish a map and a timetable.</strong> Residents deserve to know which routes will be complete, and when, so that they can plan and hold councillors to account.</li>
</ol>
<h2>The prize is worth it</h2>
<p>Cities that have built joined-up networks have seen cycling double or treble within a few years. The benefits go well beyond those on two wheels: fewer cars on the road, cleaner air for children walking to school, less pressure on St Brigid's from conditions linked to inactivity.</p>
<p>Northgate is a compact, relatively flat city, with a university full of young people and a centre that can be crossed in twenty minutes by bike. It ought to be one of the easiest places in the country to get around on two wheels. At the moment, it is one of the most frustrating.</p>
<p>We have already spent the money on the paint. Now let us finish the job.</p>
`,
  },
  {
    slug: 'school-meals-pilot-has-proved-its-worth',
    title: 'The school meals pilot has proved its worth. Scrapping it would be a false economy',
    standfirst:
      'Free hot lunches for every pupil at four Northgate primary schools have improved attendance and concentration. The council should find the money to keep them, and to go further.',
    section: 'opinion',
    author: 'daniel-reyes',
    tags: ['Education', 'Health', 'Council', 'Food'],
    heroCaption:
      'Primary school children queue with trays at a serving hatch in a cheerful school dining hall.',
    body: `
<p>Walk into the dining hall at Eastbank Primary at midday and you will see something quietly remarkable. Every child in the room is eating the same hot meal. Nobody is picking at a packet of crisps from a lunchbox. Nobody is sitting at the edge of the hall because their family missed the deadline to apply for free meals, or earned just a few pounds too much to qualify.</p>
<p>For the past year, Eastbank and three other primary schools in the city have taken part in a council pilot offering a free lunch to every pupil, regardless of family income. The pilot is due to end with the school year. It should not.</p>
<h2>What the evidence shows</h2>
<p>The council's own interim evaluation, published last week, makes persuasive reading. Across the four schools:</p>
<ul>
<li>Attendance rose by an average of 1.8 percentage points compared with the previous year</li>
<li>The number of pupils eating a hot meal at lunchtime rose from 52 per cent to 91 per cent</li>
<li>Teachers reported fewer behavioural incidents in afternoon lessons</li>
<li>Around 140 families who had not previously claimed free meals were found to be eligible and helped to apply for other support</li>
</ul>
<p>Those last two points matter more than they might appear. Any teacher will tell you that a hungry child does not learn, and that the hour after lunch can decide the shape of a school day. And a universal offer reaches the families who fall through the gaps of means testing: those who are too proud, too busy or too confused by the forms to apply.</p>
<p>Headteacher Sarah Ellison put it better than I can when she spoke to councillors last month:</p>
<blockquote><p>"The stigma has gone. Children no longer know, or care, who is on free meals and who is not. They just sit down and eat together. I have worked in schools for twenty-two years, and I cannot think of a single initiative that has changed the atmosphere of a school so quickly."</p></blockquote>
<h2>The cost argument</h2>
<p>Nobody should pretend this is cheap. Extending the scheme to every primary school in Northgate would cost an estimated £6.2 million a year, at a time when the council is under real financial pressure and facing difficult choices elsewhere. Critics are right to ask what would have to give.</p>
<p>But the comparison should not be with doing nothing. It should be with the cost of the problems that follow childhood hunger: poorer health, lower attainment, more pressure on special educational needs services and, later, on the health service and the benefits system. Spending a little now to avoid spending a lot later is not extravagance. It is good housekeeping.</p>
<h2>A sensible way forward</h2>
<p>I am not suggesting the council should commit to a citywide scheme overnight. A phased approach would be both affordable and sensible:</p>
<ol>
<li>Keep the four pilot schools running next year, so the gains are not thrown away</li>
<li>Add the schools with the highest rates of child poverty in the following year</li>
<li>Work with local suppliers, including the city's bakeries and growers, to keep costs down and money in the local economy</li>
<li>Lobby central government, alongside other councils, for the funding that ought to come from national budgets</li>
</ol>
<h2>A matter of priorities</h2>
<p>Councils make choices every year about what matters. Northgate has found money for new planters on the high street, a refreshed civic logo and consultants to advise on branding. All of those may have their merits. None of them will change a child's life the way a hot meal every day can.</p>
<p>The pilot has done what pilots are meant to do: it has shown what works. Letting it quietly lapse would send a dispiriting message to the families who have benefited, and to the staff who have made it a success. The council should be bold, and keep the plates full.</p>
`,
  },
];
