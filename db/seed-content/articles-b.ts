import type { SeedArticle } from './types';

export const articlesB: SeedArticle[] = [
  // ───────────────────────────── CULTURE ─────────────────────────────
  {
    slug: 'lanterns-restored-upper-circle-to-reopen-with-mill-strike-play',
    title: "Lantern's restored upper circle to reopen with new play about the mill strike",
    standfirst:
      'The theatre’s balcony, closed for eleven years over fears about its plaster ceiling, will welcome audiences again for a drama rooted in the Cotton Row walkout.',
    section: 'culture',
    author: 'helena-lindqvist',
    tags: ['Theatre', 'Heritage', 'Mill district'],
    heroCaption:
      'An illustration of the Lantern’s horseshoe-shaped upper circle, its gilded plasterwork newly restored above rows of red seats.',
    body: `<p>For more than a decade, anyone looking up from the stalls of the Lantern has seen the same thing: a web of safety netting strung beneath the theatre’s ornate ceiling and a balcony roped off and in darkness. This week the theatre confirmed that the upper circle will reopen in the spring, adding 212 seats to the auditorium and returning the building to its full capacity for the first time since the closure.</p>

<p>The reopening will be marked with the world premiere of <em>The Bobbin Girls</em>, a new play by Northgate-born writer Maeve Harlow about the women who walked out of the Cotton Row spinning mills in 1911 and brought the old mill district to a standstill for nine weeks.</p>

<h2>Eleven years in the dark</h2>

<p>The upper circle was closed after a routine inspection found that sections of the fibrous plaster ceiling had begun to separate from their timber supports. Nobody was hurt, but the theatre’s board took the decision to shut the balcony immediately and, at the time, warned that it might never reopen.</p>

<p>The £2.4 million restoration has been paid for by a combination of heritage grants, a council capital contribution of £350,000 and a public appeal that raised just over £410,000, much of it in donations of less than £50.</p>

<p>Simon Acheson, the conservation architect who led the project, said the work had been closer to archaeology than building. “We found three generations of repairs layered on top of each other, some of them doing more harm than good,” he said. “Every one of the 1,400 plaster ornaments on that ceiling has been cleaned, secured or recast from original moulds.”</p>

<p>The programme of works included:</p>

<ul>
<li>Re-fixing the entire plaster ceiling to a new steel support frame hidden in the roof void</li>
<li>Replacing the balcony’s raked floor and installing new seats with more generous legroom</li>
<li>Adding a lift to the upper level, making it accessible to wheelchair users for the first time</li>
<li>Restoring the gas-era light fittings, now converted to low-energy lamps</li>
</ul>

<h2>A play with local roots</h2>

<p>Isobel Crane, the Lantern’s artistic director, said there had been no question about which story should open the restored space. The 1911 strike began when mill owners cut piece rates for the women who tended the spinning frames, and it ended with the first collective agreement in the district’s history.</p>

<blockquote><p>“Those women sat in cheap seats like these ones, up in the gods, on the one night a month they could afford it. It felt right that their story should be the first thing people see when the lights come back on.”</p></blockquote>

<p>Harlow, who grew up three streets from the surviving Slate Mill, spent two years researching the play using union minute books held at the city archive and interviews with descendants of the strikers. Her own great-grandmother, Nellie Harlow, was among the women arrested on the picket line.</p>

<p>“I didn’t want a museum piece,” she said. “These were young women, most of them teenagers, and they were funny and angry and frightened. I wanted the audience to feel like they’d been dropped into that mill yard.”</p>

<h3>Tickets and access</h3>

<p>The theatre says that a third of the upper circle seats will be sold at £12 for every performance, and that a block of 40 tickets for each show will be offered free to schools and community groups in the mill district. Tours of the restored auditorium will also run on selected mornings during the first month.</p>

<p>For long-standing patrons, the reopening carries a particular weight. Derek Sowerby, who has volunteered as an usher at the Lantern for 27 years, said he had spent every performance of the last decade looking up at the netting. “I used to tell people it was temporary,” he said. “I’m glad I wasn’t lying.”</p>`,
  },
  {
    slug: 'wend-folk-festival-adds-quayside-stage-aims-for-30000-visitors',
    title: 'Wend Folk Festival adds quayside stage as organisers aim for 30,000 visitors',
    standfirst:
      'A second free stage on the harbour front will double the festival’s footprint this summer, but organisers say they need 150 more volunteers to make it work.',
    section: 'culture',
    author: 'amara-okafor',
    tags: ['Festivals', 'Music', 'Harbour', 'Volunteering'],
    heroCaption:
      'An illustration of a crowd gathered in evening light before a small open-air stage on the quayside, with fishing boats moored behind.',
    body: `<p>The Wend Folk Festival is moving down to the water. Organisers have announced that this year’s event will add a free open-air stage on North Quay, alongside the festival’s traditional home in the Corn Exchange and the marquees on Castle Green, in what they describe as the biggest change to the festival in its 34-year history.</p>

<p>The expansion is expected to lift attendance from around 19,000 last year to as many as 30,000 across the three days, with the quayside stage alone programmed for 22 acts.</p>

<h2>Why the harbour?</h2>

<p>Festival director Fergus Dunmore said the decision was partly practical and partly about reconnecting the music with its origins. Castle Green has reached its licensed capacity for the past two years, and queues for the Corn Exchange concerts regularly stretched down Guild Street.</p>

<p>“A great deal of the music we celebrate was made by people who worked on this river: sea shanties, net-mending songs, the ballads of the herring fleet,” he said. “Putting a stage on the quay where those boats still tie up isn’t a gimmick. It’s bringing the songs home.”</p>

<p>The Harbour Board has agreed to close part of North Quay to vehicles for the festival weekend. Colin Prout, its operations manager, said the working fish market would be unaffected, with landings moved to the early morning as they are during the annual harbour open day.</p>

<h2>What is on the new stage</h2>

<p>The quayside programme leans towards local and emerging performers, with all shows free to attend. Highlights announced so far include:</p>

<ul>
<li>The Saltmarsh Fiddlers, a twelve-piece youth ensemble from the estuary villages</li>
<li>Ada Voss and the Weirside Band, whose debut album was recorded in a disused net loft</li>
<li>The Kittiwake Choir, a sixty-strong group of former and current harbour workers</li>
<li>A late-night shanty session open to anyone who wants to join in, led by singer Tom Garrick</li>
</ul>

<p>Ticketed concerts at the Corn Exchange will feature more established touring acts, with weekend passes held at £68, the same price as last year. Under-16s continue to go free with a paying adult.</p>

<h2>A call for helpers</h2>

<p>The bigger footprint brings a bigger headache. The festival runs almost entirely on volunteers, and organisers say they need around 150 more people to steward the quayside, run information points and help with the clean-up each night.</p>

<blockquote><p>“Without volunteers there is no festival. We have people who have stewarded every year since they were students, and now their children are signing up. We need the next wave.”</p></blockquote>

<p>That was the message from Bethan Lyle, who has coordinated the festival’s volunteer team for nine years. Volunteers who work two shifts receive a free weekend pass, meals and a festival T-shirt, and training sessions will be held at the Corn Exchange in the weeks before the event.</p>

<p>Local businesses appear broadly supportive. Marta Kowalczyk, who runs the Tidewater Café opposite the new stage, said last year’s festival had been her busiest weekend of the summer even though the music was half a mile away. “If it’s on my doorstep, I’ll be hiring extra staff,” she said. “I just hope the toilets are in the right place.”</p>

<p>Some residents of the flats on Chandlers Wharf have raised concerns about noise. The festival says the quayside stage will finish at 10.30pm each night, with the late-night shanty session moving indoors to the Ferryman’s Rest. A residents’ drop-in session is planned before the licence application goes to the council’s licensing committee.</p>`,
  },
  {
    slug: 'lost-glass-negatives-show-century-old-harbour-at-work',
    title: 'Lost glass negatives reveal a century-old Northgate harbour at work',
    standfirst:
      'More than 600 photographic plates discovered in a chandlery loft go on show at the Maritime Museum, and curators are asking the public to help name the faces in them.',
    section: 'culture',
    author: 'tomasz-nowak',
    tags: ['Heritage', 'Harbour', 'River Wend'],
    heroCaption:
      'An illustration of dockers unloading timber from a steamship on the Wend, rendered in the soft sepia tones of an early photograph.',
    body: `<p>When Rob Tennant began clearing the loft of his family’s chandlery on Rope Street, he expected to find old rope, broken lanterns and perhaps a few ledgers. Instead he found fourteen wooden crates packed with glass photographic plates, each one carefully wrapped in newspaper and labelled in faded pencil.</p>

<p>Those plates, 643 in all, are now the subject of a new exhibition at the Northgate Maritime Museum, <em>Quayside: The Harbour Through Albert Quayle’s Lens</em>, which opens to the public this week.</p>

<h2>A photographer nobody remembered</h2>

<p>Albert Quayle ran a small portrait studio above the chandlery in the years before the First World War, photographing sailors, families and newly married couples. But the plates in the loft show that he spent his spare hours on the quays, recording the everyday work of the port with a patience that has startled the museum’s curators.</p>

<p>“There are very few photographs of the working harbour from this period, and almost all of them are posed,” said Dr Nadia Ferrante, the museum’s curator of social history. “Quayle was different. He photographed coal trimmers, net menders, boys running messages, women gutting herring. He caught people in the middle of doing things.”</p>

<p>Almost nothing is known about Quayle himself. A trade directory lists his studio for only six years, and the museum has so far been unable to trace what became of him. Mr Tennant believes his great-grandfather, who owned the building, may simply have kept the crates when the studio closed and then forgotten about them.</p>

<h2>Eighteen months of careful work</h2>

<p>Glass negatives are fragile, and many of the plates had cracked or suffered from damp. A team of 23 volunteers, trained by the museum’s conservation staff, spent eighteen months cleaning and scanning every plate at high resolution.</p>

<blockquote><p>“Every time a new image came up on the screen, the whole room would go quiet. You’d be looking at a face that nobody had seen for more than a hundred years.”</p></blockquote>

<p>That was how volunteer Pauline Marsh, a retired schoolteacher, described the process. She has personally scanned more than 200 of the plates.</p>

<p>The exhibition brings together around 120 of the best images, printed at large scale. It is arranged in four sections:</p>

<ol>
<li><strong>The river</strong>: sailing barges, steam tugs and the old chain ferry at Kettle Bridge</li>
<li><strong>The quays</strong>: dockers, coal trimmers and the timber yards of South Basin</li>
<li><strong>The market</strong>: the herring season and the women who processed the catch</li>
<li><strong>The studio</strong>: Quayle’s formal portraits of harbour families, many of them unidentified</li>
</ol>

<h2>Can you name them?</h2>

<p>The museum is appealing to Northgate families to help identify the people in the photographs. A wall of unnamed portraits sits at the exit of the exhibition, with cards for visitors to leave information, and the complete scanned collection can be browsed on terminals in the museum’s reading room.</p>

<p>Early results have been encouraging. In the exhibition’s preview week, a visitor recognised her grandfather as one of three boys perched on a bollard at the entrance to the fish dock, a photograph the museum had been using on its posters.</p>

<p>“She just stood there and started crying,” said Dr Ferrante. “She had one photograph of him as an old man and nothing at all from his childhood. Moments like that are why we do this.”</p>

<p>Admission to the exhibition is free. The museum plans to publish the full collection in an online archive once the identification project has run its course, and Mr Tennant has agreed to donate the original plates to the city’s permanent collection.</p>`,
  },
  {
    slug: 'student-orchestra-swaps-concert-hall-for-castle-hill-tram-depot',
    title: 'Student orchestra swaps the concert hall for the Castle Hill tram depot',
    standfirst:
      'Northgate University’s symphony orchestra will perform among the city’s trams in the opening event of a new series taking classical music into unexpected buildings.',
    section: 'culture',
    author: 'priya-raman',
    tags: ['Music', 'University', 'Transport', 'Festivals'],
    heroCaption:
      'An illustration of an orchestra seated between two parked trams inside a high-roofed depot, lit by hanging work lamps.',
    body: `<p>The acoustics of a tram depot are not, by most accounts, what the great composers had in mind. But that has not deterred the Northgate University Symphony Orchestra, which will play a full concert in the maintenance shed at Castle Hill later this month, with two of the city’s trams parked on either side of the string section.</p>

<p>The performance launches <em>Unlikely Rooms</em>, a six-concert series organised by the university’s music department with support from the city council’s culture fund. Every concert will take place in a working or historic building that has never hosted an orchestra before.</p>

<h2>From lecture theatre to locomotive shed</h2>

<p>The idea came from the orchestra’s conductor, Dr Leo Hargreaves, who said he had grown tired of performing to the same few hundred people in the university’s Great Hall.</p>

<p>“We have 78 talented young musicians and a concert hall at the top of a hill that most of the city never visits,” he said. “So we thought: why not go to where people already are? Northgate is full of extraordinary buildings. Let’s fill them with music.”</p>

<p>The depot programme has been chosen with its setting in mind. It opens with a brass fanfare written by a second-year composition student, followed by pieces inspired by movement and machinery, and closes with a symphony finale that Dr Hargreaves promises will “make the rafters ring”.</p>

<h2>The full series</h2>

<p>Organisers have confirmed the venues for all six concerts:</p>

<ul>
<li>The Castle Hill tram depot, home of the city’s tram fleet</li>
<li>The Grain Store on South Basin, an empty Victorian warehouse awaiting restoration</li>
<li>The No. 2 dry dock on North Quay, with the audience seated on the dock steps</li>
<li>The covered market on Guild Street, after the traders have packed up</li>
<li>The reading room of the Central Library</li>
<li>The weaving floor of Slate Mill in the old mill district</li>
</ul>

<p>Tickets cost £8, with free entry for under-18s and anyone holding a valid tram season pass, a deal agreed with Northgate Tramways to thank its staff for opening the depot.</p>

<h2>A challenge for the players</h2>

<p>Performing in the depot has thrown up problems that no music degree prepares you for. The shed’s concrete floor and steel roof produce an echo of almost four seconds, and the orchestra has had to rehearse there at night, after the last trams return.</p>

<blockquote><p>“The first time we played in there, it sounded like the whole orchestra was inside a biscuit tin. Now we’ve learned to play with the room rather than against it.”</p></blockquote>

<p>That was the verdict of Aisha Mendes, the orchestra’s leader and a final-year violinist. She said the experience had made her a better musician. “You have to really listen to each other. In a concert hall you can get lazy.”</p>

<p>For the depot’s staff, the arrangement has been a novelty. Frank Dobbs, who has managed the Castle Hill site for fifteen years, said engineers had taken to stopping work to listen during rehearsals. “We had a lad on the night shift humming Brahms the next morning,” he said. “I’m not sure that has happened here before.”</p>

<h3>Getting there</h3>

<p>The depot sits at the northern end of Line 1, and Northgate Tramways will run an extra late service after the concert. Because the shed remains an operational site, the audience will be limited to 350 people and visitors will be asked to stay within marked walkways. The operator says trams will not be moved during the performance, although it declined to promise that none of them would sound a bell.</p>`,
  },
  {
    slug: 'small-arts-groups-warn-of-closures-as-council-reviews-culture-grants',
    title: 'Small arts groups warn of closures as council reviews culture grants',
    standfirst:
      'Proposals to replace annual grants with a competitive three-year fund have alarmed volunteer-run choirs, puppeteers and youth dance companies across Northgate.',
    section: 'culture',
    author: 'daniel-reyes',
    tags: ['Arts funding', 'Council', 'Community', 'Theatre'],
    heroCaption:
      'An illustration of a small rehearsal room where a handful of performers sit on folding chairs beneath a hand-painted banner.',
    body: `<p>Dozens of Northgate’s smallest arts organisations could lose their council funding under proposals to overhaul the way the city supports culture, according to a group representing community arts groups.</p>

<p>The city council currently distributes £780,000 a year in culture grants to 41 organisations, from the Lantern theatre to a volunteer-run community choir that receives £1,200 to pay for its rehearsal hall. A review published this week proposes scrapping the annual grants system and replacing it with a single competitive fund offering three-year awards.</p>

<h2>What the council is proposing</h2>

<p>Councillor Owen Marsh, the cabinet member for culture, said the current arrangements had grown up piecemeal over three decades and were no longer fair or transparent. Several organisations have received the same grant every year since the 1990s without ever being asked to reapply, while newer groups have found it almost impossible to break in.</p>

<p>Under the review’s recommendations, the council would:</p>

<ul>
<li>End all existing annual grants at the close of the current financial year</li>
<li>Create a single Northgate Culture Fund, with awards running for three years</li>
<li>Set a minimum award of £5,000, with smaller sums handled through a separate microgrant scheme</li>
<li>Require applicants to show how their work reaches neighbourhoods with low arts participation</li>
</ul>

<p>“Nobody is talking about cutting the overall budget,” Cllr Marsh said. “This is about giving every group a fair shot and giving the successful ones the security of knowing where they stand for three years rather than twelve months.”</p>

<h2>Fears for the smallest groups</h2>

<p>The Northgate Arts Forum, which represents 60 cultural organisations, says the reality will be very different for groups that run on a shoestring and have no paid staff to write lengthy bids.</p>

<blockquote><p>“A competitive fund rewards whoever has the best bid-writer, not whoever does the best work. Most of our members don’t have a bid-writer. They have a retired teacher with a laptop.”</p></blockquote>

<p>That was the view of Róisín Garvey, the forum’s chair, who said at least a dozen groups had told her they would struggle to survive even a single year without their grant. The microgrant scheme, she added, had not yet been given a budget.</p>

<p>Among the groups most worried is Tin Moon Puppets, which runs free workshops in primary schools in the mill district and the Eastfield estate. Its £4,500 grant, below the proposed minimum for the new fund, covers almost all of its running costs.</p>

<p>“We would be pushed into the microgrant pot with no idea how much is in it,” said co-founder Jonah Pryce. “If that pot is small, we stop. It really is that simple.”</p>

<h3>The bigger organisations</h3>

<p>Larger institutions are more cautious in their response. The Lantern, which receives the single biggest grant at £210,000, said it welcomed longer-term funding in principle but wanted reassurance about the timetable. A gap between the old and new systems, the theatre warned, could leave even established organisations unable to plan their programmes.</p>

<h2>What happens next</h2>

<p>The proposals are now out for public consultation for eight weeks, and the council has promised a series of drop-in sessions for arts groups and audiences. A final decision is expected to be taken by the cabinet before the end of the year.</p>

<p>Opposition councillors have already called for the microgrant scheme to be ring-fenced at no less than £80,000 a year. Cllr Hannah Berry, who represents the Mill ward, said the review risked “pulling the ladder up” behind the city’s best-known venues. “Culture in Northgate doesn’t just happen on the Lantern’s stage,” she said. “It happens in church halls and community centres, and those are the places this review puts at risk.”</p>`,
    status: 'draft',
  },

  // ───────────────────────────── SPORT ─────────────────────────────
  {
    slug: 'athletic-snatch-late-derby-win-over-carrick-town-into-play-off-places',
    title: 'Athletic snatch late derby win over Carrick Town to climb into play-off places',
    standfirst:
      'Sam Whitlow’s header two minutes from time gave Northgate Athletic a 2-1 victory at Wendside Park and lifted Lewis Tremayne’s side into sixth place.',
    section: 'sport',
    author: 'daniel-reyes',
    tags: ['Football', 'Northgate Athletic'],
    heroCaption:
      'An illustration of a striker rising above two defenders to head the ball towards goal in front of a packed stand.',
    body: `<p>Sam Whitlow had spent most of the afternoon chasing lost causes. In the 88th minute of the Wend derby, he finally found one that wasn’t lost at all, rising above two Carrick Town defenders to meet Ellis Kane’s deep cross and head Northgate Athletic into the play-off places.</p>

<p>The 2-1 win, in front of 11,482 at Wendside Park, was Athletic’s fourth in five games and moved them up to sixth in the table, a point ahead of Carrick with eleven matches remaining.</p>

<h2>A derby that lived up to its billing</h2>

<p>For an hour, it had looked like one of those derbies that would be remembered for its tackles rather than its football. Referee Martin Ashworth showed six yellow cards in a scrappy first half, and the only shot on target before the interval was a tame effort from Carrick’s Dion Fairweather straight at Athletic goalkeeper Luca Brennan.</p>

<p>The game came alive shortly after the restart. Carrick took the lead in the 56th minute when Fairweather was left unmarked at the back post from a corner and volleyed in off the underside of the bar. The away end, packed with around 1,800 visiting supporters, barely had time to finish celebrating before Athletic were level.</p>

<p>Midfielder Kofi Adjei, making only his third start since returning from a hamstring injury, picked up a loose ball thirty yards out and curled a shot into the top corner. It was his first goal for the club, and he celebrated by sprinting the length of the touchline to the home dugout.</p>

<h2>The key moments</h2>

<ul>
<li><strong>56 minutes:</strong> Fairweather volleys Carrick ahead from a corner</li>
<li><strong>59 minutes:</strong> Adjei’s long-range curler levels the scores</li>
<li><strong>74 minutes:</strong> Brennan saves a low drive from Carrick substitute Reuben Hale to keep the scores level</li>
<li><strong>88 minutes:</strong> Whitlow heads home Kane’s cross for the winner</li>
</ul>

<h2>Tremayne praises his side’s spirit</h2>

<p>Athletic manager Lewis Tremayne, in his first full season in charge, said the win had been built on the work his players had done without the ball.</p>

<blockquote><p>“Sam didn’t get a kick for eighty minutes, but he never stopped running. That’s what I asked for when I came here: a team that keeps going until the whistle. Today the supporters saw exactly that.”</p></blockquote>

<p>Tremayne also singled out Brennan, whose save from Hale came at a point when Carrick were on top. “People will talk about the goals, and rightly so,” he said. “But without Luca that game is gone.”</p>

<p>Carrick manager Steve Dunning was left frustrated by his side’s failure to defend the winning cross. “We had two men there, and they were both watching the ball,” he said. “You can’t concede like that in a derby, not at this stage of the season.”</p>

<h3>What it means</h3>

<p>The result means Athletic have now taken 17 points from their last seven home matches, the best run at Wendside Park since their promotion campaign six seasons ago. Their remaining fixtures include trips to the top two sides, which Tremayne described as “the real test”.</p>

<p>For Whitlow, whose contract expires at the end of the season, the timing could hardly have been better. The striker has now scored nine league goals and was serenaded by the home supporters as he walked off, with a chant urging the board to “give him a new deal”.</p>

<p>Asked about his future after the match, Whitlow smiled. “I just want to get this club into the play-offs,” he said. “The rest takes care of itself.”</p>`,
  },
  {
    slug: 'harlequins-appoint-callum-ashby-as-head-coach-on-three-year-deal',
    title: 'Harlequins appoint former scrum-half Callum Ashby as head coach on three-year deal',
    standfirst:
      'The Rope Walk club turn to one of their own after a seventh-placed finish, with Ashby promising faster rugby and a clear pathway for young local players.',
    section: 'sport',
    author: 'tomasz-nowak',
    tags: ['Rugby', 'Young people'],
    heroCaption:
      'An illustration of a rugby coach standing on a muddy training pitch, holding a ball under one arm as players warm up behind him.',
    body: `<p>Northgate Harlequins have appointed Callum Ashby as their new head coach, bringing back a former captain to lead the club after the most disappointing campaign in almost a decade.</p>

<p>Ashby, 41, made 186 appearances at scrum-half for the Harlequins before retiring, and has spent the past four seasons as head coach at Bramley Vale, where he led a side tipped for relegation to a third-placed finish. He has signed a three-year contract and will take charge of pre-season training at the Rope Walk next month.</p>

<h2>Why the club went back to Ashby</h2>

<p>The Harlequins finished seventh last season after winning only nine of their 22 league matches, and previous head coach Mark Delaney left by mutual consent shortly after the final game. The board interviewed five candidates, three of them from outside the region.</p>

<p>Club chair Margaret Fenwick said Ashby had stood out for his understanding of both the game and the city.</p>

<blockquote><p>“Callum knows what this club means to Northgate. He’s played in front of our supporters, he’s coached at our junior section, and he’s proved at Bramley that he can build a team from very little. We didn’t want a short-term fix.”</p></blockquote>

<p>Ashby’s record at Bramley Vale was built on a high-tempo attacking style and a heavy reliance on homegrown players. In his final season there, eleven members of the regular match-day squad had come through the club’s own academy.</p>

<h2>Ashby’s priorities</h2>

<p>Speaking at the Rope Walk after his appointment was confirmed, Ashby set out the areas where he wants to see change quickly. He listed four priorities:</p>

<ol>
<li>Raising the team’s fitness levels so they can play at pace for the full eighty minutes</li>
<li>Tightening a defence that conceded more tries than any other side in the top half of the table</li>
<li>Creating a clear route from the club’s under-18s into the first-team squad</li>
<li>Rebuilding links with the city’s schools, several of which have dropped rugby in recent years</li>
</ol>

<p>“Last season the team looked tired in the last quarter of games, and they lost five matches from winning positions,” Ashby said. “That isn’t about talent. That’s about conditioning and belief, and both of those can be fixed.”</p>

<h2>A pathway for young players</h2>

<p>It is the fourth point on Ashby’s list that has attracted most attention among supporters. The number of Northgate secondary schools fielding rugby teams has fallen from eleven to five over the past decade, and the Harlequins’ own junior section now draws many of its players from outside the city.</p>

<p>Ashby wants to change that. He intends to send first-team players into schools each week during the season and to offer free coaching sessions for teenagers on the Rope Walk’s back pitches during the school holidays.</p>

<p>Dave Okoro, who coaches the club’s under-16s, welcomed the appointment. “When Callum was a player, he was the one who turned up to junior training on his day off,” he said. “The kids here know who he is. That matters more than people think.”</p>

<h3>Reaction from the terraces</h3>

<p>The supporters’ club, which had called for a “Northgate appointment”, said members were delighted. Its secretary, Linda Marwood, said ticket enquiries for next season had risen noticeably within hours of the announcement.</p>

<p>Ashby will be joined by a new forwards coach, whose appointment the club expects to confirm in the coming weeks. His first competitive match in charge will be the traditional pre-season fixture against the university side, which is usually played on the Rope Walk in front of a crowd of a few hundred. This year, Fenwick predicted, it may need more stewards.</p>`,
  },
  {
    slug: 'wend-regatta-returns-after-three-year-absence-as-river-works-finish',
    title: 'Wend regatta returns after a three-year absence as river works finally finish',
    standfirst:
      'Seventy-four crews from eighteen clubs have entered the revived regatta, the first racing on the river since flood defence work closed the course at Weir Reach.',
    section: 'sport',
    author: 'priya-raman',
    tags: ['River Wend', 'Volunteering', 'Young people', 'Community'],
    heroCaption:
      'An illustration of two rowing eights racing side by side beneath a stone bridge, with spectators lining the riverbank.',
    body: `<p>Rowing is returning to the River Wend. The Northgate Regatta, a fixture of the city’s summer for more than a century, will be held this year for the first time since the long-running flood defence works at Weir Reach forced its cancellation three years ago.</p>

<p>Organisers at Northgate Rowing Club have received 74 entries from 18 clubs, the largest field since before the works began, and expect several thousand spectators on the banks between Kettle Bridge and the mill weir.</p>

<h2>Three years off the water</h2>

<p>The flood defence scheme, which raised the river walls along a 1.2-kilometre stretch of the Wend and replaced the ageing sluice gates at the weir, was originally due to take eighteen months. Delays caused by contaminated ground near the old dye works and two winters of high water pushed the finish date back repeatedly.</p>

<p>For the rowing club, the impact went far beyond the regatta. With the traditional course closed, crews were forced to train on a short stretch downstream, sharing the water with pleasure boats and, on one memorable occasion, a loose pontoon.</p>

<p>Hannah Seddon, the club’s captain, said membership had dropped from around 240 to just over 170 during the closure. “We lost a lot of our juniors, and that hurt,” she said. “When you can only get on the water a couple of times a week, it’s hard to keep a fifteen-year-old interested.”</p>

<h2>The racing</h2>

<p>The course has been shortened slightly from its traditional length to 1,000 metres, to allow for the new wall at Weir Reach. The programme includes:</p>

<ul>
<li>Senior eights and fours for men and women</li>
<li>Junior sculling events for under-14s, under-16s and under-18s</li>
<li>A masters category for rowers over 40, which has drawn a record 19 entries</li>
<li>The Town and Gown challenge, in which a rowing club crew takes on Northgate University’s first eight</li>
</ul>

<p>The Town and Gown race, first held in 1908, is the highlight for many spectators. The university has won the last four contests, a run that Seddon describes as “frankly intolerable”.</p>

<h2>Volunteers wanted on the bank</h2>

<p>A regatta of this size needs far more people on land than on the water. The club is looking for around 80 volunteers to act as marshals, timekeepers, launch drivers and car park attendants, and says no experience is needed for most roles.</p>

<blockquote><p>“The regatta has always been the whole city’s day out, not just the rowers’. We want people to come down, bring a picnic, and maybe find themselves in a boat by the end of the summer.”</p></blockquote>

<p>That was the hope of Peter Lindow, the regatta secretary, who has helped to organise the event for 22 years. The club will run free taster sessions on the second day of regatta weekend for anyone over the age of eleven.</p>

<h3>The river’s new look</h3>

<p>The Environment Agency’s project manager for the scheme, Grace Oduya, said the new walls had been designed with river users in mind. Two new landing stages have been built at Weir Reach, and the towpath has been resurfaced and widened along the full length of the course.</p>

<p>“The primary job of this scheme is to protect more than 900 homes and businesses from flooding,” she said. “But we always wanted the river to be better for people at the end of it, not just safer. Seeing boats back on the water will be a proud moment for the whole team.”</p>

<p>For the rowers, there is only one remaining question: whether the river gods will cooperate. The regatta has been cancelled because of high water four times in the past thirty years. “We’ve waited three years,” said Seddon. “The Wend owes us one.”</p>`,
  },
  {
    slug: 'athletic-girls-academy-doubles-in-size-as-waiting-list-passes-200',
    title: "Athletic's girls' academy doubles in size as waiting list passes 200",
    standfirst:
      'Northgate Athletic now coach more than 300 girls each week, but a shortage of floodlit pitches means hundreds more are still waiting for a place.',
    section: 'sport',
    author: 'amara-okafor',
    tags: ['Football', 'Northgate Athletic', 'Young people'],
    heroCaption:
      'An illustration of a group of girls in training bibs practising passing drills on an artificial pitch under floodlights.',
    body: `<p>Three years ago, Northgate Athletic’s girls’ academy ran four teams and struggled to fill some of them. Today it coaches 312 girls across eleven age groups, and the club says it has a waiting list of more than 200 names.</p>

<p>The growth has been so rapid that the academy has had to introduce a lottery system for places in its youngest groups, and coaches warn that without more pitch space the club will soon have to turn even more girls away.</p>

<h2>A surge in demand</h2>

<p>Dani Kershaw, who has led the girls’ section since it was relaunched, said interest had begun to climb after the success of the national women’s team and had never really stopped.</p>

<p>“We used to have to go into schools and persuade girls to come and try it,” she said. “Now I get emails from parents before their daughters are even old enough to join. Some of them are on the list before they’ve finished reception.”</p>

<p>The academy now runs sessions for the following groups:</p>

<ul>
<li>Wildcats sessions for girls aged five to eight, focused on fun and basic skills</li>
<li>Development squads from under-9s to under-12s, playing small-sided league football</li>
<li>Competitive teams from under-13s to under-16s in the regional girls’ league</li>
<li>An under-18s squad that acts as a stepping stone to the club’s women’s first team</li>
</ul>

<p>Three players from the under-16s have been called up to regional training squads this season, and the women’s first team, which plays in the fourth tier, now includes five graduates of the academy.</p>

<h2>The problem is space</h2>

<p>The academy’s biggest obstacle is not coaches or kit but somewhere to play. The club has access to just one floodlit artificial pitch, at its training ground on Ferry Lane, which it shares with the boys’ academy, the women’s first team and community sessions.</p>

<blockquote><p>“We could double again tomorrow if we had the pitches. Every week I’m telling parents there is no space, and every week I feel like I’m letting someone down.”</p></blockquote>

<p>Kershaw said that in winter, when grass pitches become unplayable, some girls’ teams can only train for 45 minutes a week. The club has asked the city council about using the artificial pitch at Eastfield Community School in the evenings, but talks have stalled over the cost of staffing the site.</p>

<p>Councillor Priti Shah, the cabinet member for leisure, said the council was “keen to find a solution” and was reviewing the use of school sports facilities across the city. She pointed out that a bid for a new community 3G pitch at Marsh Lane had been submitted to a national sports fund, with a decision expected later this year.</p>

<h2>Families behind the figures</h2>

<p>For parents, the academy has become part of family life. Joanne Pickering’s twin daughters, aged eleven, have played for the club since they were seven. “They’ve made friends from all over the city,” she said. “It’s given them a confidence I didn’t have at their age. I just wish more girls could get the same chance.”</p>

<p>One of those girls, Maya, said her ambition was simple. “I want to play at Wendside Park in front of a full stand,” she said. “And I want to score.”</p>

<h3>What the club plans next</h3>

<p>Athletic’s chief executive, Paul Haddow, said the board had agreed to fund two additional full-time coaches for the girls’ section from next season, and that the women’s first team would play three league matches at Wendside Park rather than the usual one.</p>

<p>“The girls’ game is not a side project for this club,” he said. “It is part of our future, and we will treat it that way.”</p>`,
  },
  {
    slug: 'athletic-unveil-plans-to-expand-wendside-park-to-16000-seats',
    title: 'Athletic unveil plans to expand Wendside Park to 16,000 seats with new East Stand',
    standfirst:
      'The £28 million scheme would replace the ageing terrace on Ferry Lane, but neighbours want firm answers on parking, matchday trams and the height of the new stand.',
    section: 'sport',
    author: 'helena-lindqvist',
    tags: ['Football', 'Northgate Athletic', 'Council', 'Transport'],
    heroCaption:
      'An illustration of an architect’s model showing a modern stand rising above terraced houses beside a riverside football ground.',
    body: `<p>Northgate Athletic have submitted plans to expand Wendside Park to a capacity of 16,000, replacing the ground’s oldest stand with a modern two-tier structure overlooking the River Wend.</p>

<p>The £28 million scheme, which would be the biggest change to the stadium since it was rebuilt after a fire more than forty years ago, has now been lodged with the city council’s planning department. A public consultation runs for the next six weeks.</p>

<h2>What the club wants to build</h2>

<p>At the heart of the plans is a new East Stand to replace the existing Ferry Lane End, a largely uncovered terrace that holds around 2,900 supporters and has been subject to capacity restrictions for safety reasons since last season.</p>

<p>The application includes:</p>

<ul>
<li>A two-tier East Stand with 6,800 seats, lifting total capacity from 12,400 to 16,000</li>
<li>A section of 1,500 rail seats for supporters who prefer to stand</li>
<li>A community hub with a café, a club shop and classrooms for the club’s education programme</li>
<li>Improved facilities for disabled supporters, with 90 wheelchair spaces across the ground</li>
</ul>

<p>Paul Haddow, Athletic’s chief executive, said the club had been turning supporters away from sell-out matches regularly this season. “We have a waiting list for season tickets for the first time in a generation,” he said. “The Ferry Lane End has served us well, but it is at the end of its life, and we need a stadium that can grow with the club.”</p>

<h2>Concerns from neighbours</h2>

<p>Not everyone is convinced. Around 400 homes sit within a few streets of the ground, many of them terraced houses on Ferry Lane and Cooper Street that back directly onto the existing terrace.</p>

<p>Gwen Tilley, chair of the Wendside Residents’ Association, said her members were not against the club but feared the new stand would block light and worsen matchday parking problems.</p>

<blockquote><p>“We’ve lived next to this ground all our lives, and most of us are fans. But a stand twice the height of the current one, thirty metres from our back gardens, is a very different thing to live beside.”</p></blockquote>

<p>The club says the stand has been designed to step down in height towards the nearest houses, and that shadow studies submitted with the application show most gardens would be affected only in the late afternoon during winter.</p>

<h2>Getting 16,000 people home</h2>

<p>Transport is likely to be the key issue for planners. The Wendside Park tram stop was designed for crowds of around 8,000, and supporters regularly face queues of more than forty minutes after evening kick-offs.</p>

<p>The club’s transport assessment proposes extending the platforms at the stop so that double-length trams can run on matchdays, at an estimated cost of £3.1 million. Athletic have offered to contribute £1 million, with the remainder expected to come from the council and Northgate Tramways.</p>

<p>Councillor Martin Cole, who represents Wendside ward, said that arrangement needed to be settled before any decision was taken. “It cannot be left to the council taxpayer to pick up the bill for getting supporters home,” he said. “I want to see a binding agreement, not a promise.”</p>

<h3>The timetable</h3>

<p>If planning permission is granted, the club hopes to begin work at the end of next season and complete the stand within eighteen months, playing with a reduced capacity in the meantime. Supporters’ trust chair Owen Gale said fans would accept a year of disruption if it meant a stadium fit for the future.</p>

<p>“Every club our size that has stood still has gone backwards,” he said. “This is the moment to be ambitious, as long as the club brings its neighbours along with it.”</p>`,
  },

  // ───────────────────────────── OPINION ─────────────────────────────
  {
    slug: 'the-tram-must-reach-the-university-before-northgate-builds-a-car-park',
    title: 'The tram must reach the university before Northgate builds another car park',
    standfirst:
      'Twenty-three thousand people travel up University Hill every day, and the city’s answer is a multi-storey. It is time to finish the line we started.',
    section: 'opinion',
    author: 'amara-okafor',
    tags: ['Transport', 'University', 'Council'],
    heroCaption:
      'An illustration of a tram halted at the end of its line, looking up a steep hill towards the distant towers of a university.',
    body: `<p>Stand at the Castle Hill tram terminus at half past eight on any term-time morning and you will see the problem in its purest form. A tram pulls in, several hundred students and staff climb off, and they begin the long trudge up University Hill. Those who cannot walk it squeeze onto the number 38 bus, which crawls behind them in the traffic.</p>

<p>The tram stops 1.8 kilometres short of the biggest single destination in Northgate. It has done so for the whole of its life. And this month, instead of finally fixing that, the council’s planning committee will consider an application for a new 600-space multi-storey car park on the university campus.</p>

<h2>We have been here before</h2>

<p>An extension to the university was in the original plans for Line 1. It was dropped to save money when the line was built, on the understanding that it would follow “in a second phase”. Two decades later, the second phase has been studied, costed, consulted on and shelved three times.</p>

<p>The most recent estimate puts the cost of the extension at £64 million. That is a serious sum for a city of Northgate’s size. But consider what the city is paying already:</p>

<ul>
<li>The council subsidises the 38 bus route by around £900,000 a year, largely to carry people the tram cannot</li>
<li>Traffic on University Hill is among the worst in the city at peak times, and air quality outside the two primary schools on the route regularly breaches guideline limits</li>
<li>The university itself estimates that 23,000 students, staff and visitors make the journey to campus each day</li>
</ul>

<p>A multi-storey car park does nothing about any of this. It invites more cars onto a road that cannot take them.</p>

<h2>The case for building it now</h2>

<p>I am not naive about money. The council is under pressure from every direction, and a tram extension will not be paid for from the city’s own budget alone. But there are reasons why this is the right moment to push.</p>

<p>First, the university is growing. It plans to add 4,000 students over the next decade and has said publicly that it would contribute towards the extension. A car park is its fallback, not its preference. Second, national transport funding rounds increasingly favour schemes that cut car journeys and connect education with jobs. An extension linking the university, the city centre and the harbour is exactly the kind of project they were designed for.</p>

<blockquote><p>Every year we put this off, we build another piece of the city around the assumption that people will drive up the hill.</p></blockquote>

<p>Third, and most importantly, the cost of doing nothing is rising. Every year we put this off, we build another piece of the city around the assumption that people will drive up the hill. The car park will be there for fifty years.</p>

<h2>What the council should do</h2>

<p>I spoke this week to Kwame Asante, the students’ union president, who told me that the cost of getting to campus is now one of the most common complaints he hears. “Students are choosing not to live in the city centre because they can’t face the commute,” he said. “That is money and life leaving Northgate.”</p>

<p>The council should defer the car park decision, sit down with the university and Northgate Tramways, and produce a funded plan for the extension within a year. It should set out, in public, what each partner will contribute and which national funds it intends to bid for.</p>

<p>None of this is new. Every mayor for twenty years has said that the tram should reach the university. Mayor Gillian Marsh said it in her own election campaign. The difference now is that we are about to pour concrete on the alternative. If the city is ever going to finish the line it started, this is the time.</p>`,
  },
  {
    slug: 'regenerating-mill-district-means-nothing-if-artists-cannot-stay',
    title: "Regenerating the mill district means nothing if its artists can't afford to stay",
    standfirst:
      'Studio rents at Slate Mill have risen by 40 per cent in three years. The people who made the old mill district worth regenerating are quietly being priced out.',
    section: 'opinion',
    author: 'tomasz-nowak',
    tags: ['Mill district', 'Housing', 'Arts funding'],
    heroCaption:
      'An illustration of an artist’s studio in a converted mill, with tall arched windows, canvases stacked against brick walls and a view of new flats outside.',
    body: `<p>Fifteen years ago, you could rent a studio in Slate Mill for less than the cost of a weekly shop. The roof leaked, the lifts did not work and the heating was a rumour. But the rent was cheap, and so the painters, printmakers, furniture makers and musicians came, and with them came the life that turned a derelict corner of Northgate into the old mill district we now see on tourist leaflets.</p>

<p>Today the lifts work and the roof is sound. The rent for a standard studio has risen by around 40 per cent in three years, and one in five of the building’s 60 studios has changed hands in the past twelve months alone. I know, because I have spent the last few weeks talking to the people who used to rent them.</p>

<h2>The familiar story</h2>

<p>None of this is unique to Northgate. It is the oldest story in urban regeneration. Artists move into neglected buildings because nobody else wants them. Their presence makes the area interesting. Cafés follow, then developers, then rising rents, and finally the artists move on to the next neglected place, if one still exists.</p>

<p>What makes it worse here is that the council has actively sold the mill district on the strength of its creative community. Its regeneration strategy mentions “artists” or “makers” 34 times. The glossy brochure for the new Weirside apartments features a photograph of a potter at her wheel. That potter, Sophie Lyall, left her studio in the autumn because she could no longer cover the rent.</p>

<blockquote><p>We cannot keep selling the character of the mill district while pushing out the people who gave it that character.</p></blockquote>

<p>“I don’t blame anyone personally,” she told me. “The landlord is charging what the market will pay. But it is strange to see your own work on an advertising hoarding for flats you could never afford to live in.”</p>

<h2>What could be done</h2>

<p>The good news is that this is not inevitable. Other cities have found ways to keep their creative quarters creative, and Northgate has more tools available than it admits. The council should:</p>

<ol>
<li><strong>Use the planning system.</strong> Developments of more than fifty flats in the mill district should be required to provide affordable workspace, let at no more than 60 per cent of market rents and managed by a non-profit body.</li>
<li><strong>Use its own buildings.</strong> The council still owns the former dye works and the empty pump house on Cotton Row. Both could be leased on long terms to an artist-run trust rather than sold to the highest bidder.</li>
<li><strong>Protect existing studios.</strong> A change of use from workspace to housing should face a genuine test, not a formality.</li>
<li><strong>Count what it values.</strong> The council should publish an annual figure for the number of affordable studios in the district and set a target to keep it from falling.</li>
</ol>

<h2>A question of what regeneration is for</h2>

<p>Nobody sensible wants the mill district to return to the dereliction of the 1990s. The new homes are needed, and the restored buildings are beautiful. But regeneration is supposed to benefit the people already living and working in a place, not simply replace them with people who can pay more.</p>

<p>Declan Byrne, who has run a letterpress studio in Slate Mill for eighteen years, put it more bluntly than I could. “They wanted a cultural quarter,” he said. “What they are getting is a quarter with a few murals where the culture used to be.”</p>

<p>The council is reviewing its regeneration strategy for the district this year. It has a choice. It can keep the artists it boasts about, or it can keep the brochure. It should not pretend it can have one without the other.</p>`,
  },
  {
    slug: 'northgates-harbour-should-still-smell-of-diesel-and-fish',
    title: "Northgate's harbour should still smell of diesel and fish, not just coffee",
    standfirst:
      'Plans to rezone North Quay for flats and restaurants are being sold as progress. They risk turning a working port into a backdrop, and the city would be poorer for it.',
    section: 'opinion',
    author: 'priya-raman',
    tags: ['Harbour', 'Housing', 'Council', 'River Wend'],
    heroCaption:
      'An illustration of fishing boats unloading at a busy quay while new glass-fronted apartment blocks rise in the background.',
    body: `<p>At five o’clock in the morning, the fish market on North Quay is the busiest place in Northgate. Forklifts weave between stacked crates, buyers shout prices across the auction floor, and the trawlers that came in overnight sit low and rust-streaked against the harbour wall. It is noisy, cold and smells exactly as you would expect. It is also one of the most important places in the city.</p>

<p>That is worth saying now, because the Harbour Board and the city council are consulting on a masterplan that would rezone most of North Quay for housing, restaurants and a marina. The fish market would be moved to a smaller site on the far side of South Basin. The consultation documents describe this as “unlocking the waterfront”. I would describe it as something else.</p>

<h2>What the working harbour gives us</h2>

<p>It is easy to think of the harbour as a relic. It is not. According to the Harbour Board’s own figures:</p>

<ul>
<li>Around 340 people are directly employed in fishing, processing and the market on North Quay</li>
<li>Several hundred more work in the boatyards, chandleries, engineering firms and haulage companies that depend on it</li>
<li>Landings at the market were worth more than £19 million last year, the highest figure in a decade</li>
</ul>

<p>These are jobs that do not require a degree and pay better than most of the alternatives available to people without one. Many are held by families who have worked the harbour for generations. They are exactly the kind of jobs that city leaders across the country say they want to create, and here we are proposing to squeeze them.</p>

<h2>The trouble with a pretty waterfront</h2>

<p>I understand the appeal of the masterplan. Waterfront flats sell well, and the council needs homes and business rates. Some of North Quay is genuinely underused. Nobody would weep over the loss of the derelict cold store or the empty customs shed.</p>

<p>But we have seen what happens when working ports and expensive housing sit side by side. New residents complain about early-morning noise, about lorries, about the smell. Restrictions follow. Within a decade, the working harbour becomes unviable and quietly closes, and the city is left with a waterfront that looks like every other waterfront, selling the same coffee in the same glass-fronted units.</p>

<blockquote><p>A harbour that only exists to be looked at is not a harbour any more. It is a stage set.</p></blockquote>

<p>Eileen Carver, whose family has run a fish merchant’s on the quay for four generations, told me she had read the masterplan twice. “They’ve drawn a little picture of a fishing boat on the front cover,” she said. “I couldn’t find us anywhere inside.”</p>

<h2>A better deal for the quay</h2>

<p>There is a way to do this properly. Development should be focused on the genuinely derelict land at the western end of North Quay, not on the fish market and the boatyards. Any new housing should be designed and soundproofed for life beside a working port, with buyers told plainly what they are moving next to. And the council should commit to keeping the market where it is for at least the next twenty years, with investment in its crumbling auction hall.</p>

<p>The people of Northgate have always been proud of being a port city. It is in our songs, our football chants and our museum. The consultation closes at the end of the month. If you care about the harbour as a place where people work, not just a view from a balcony, now is the time to say so.</p>`,
  },
  {
    slug: 'our-playing-fields-are-not-spare-land',
    title: 'Our playing fields are not spare land, and the council must stop treating them as such',
    standfirst:
      'The proposed sale of the Marsh Lane fields would raise money for a year. The clubs, volunteers and children who use them would lose something for a lifetime.',
    section: 'opinion',
    author: 'helena-lindqvist',
    tags: ['Community', 'Young people', 'Volunteering', 'Rugby'],
    heroCaption:
      'An illustration of children’s football and rugby matches taking place side by side on open grass fields, with parents watching from the touchline.',
    body: `<p>On a typical weekend morning, the Marsh Lane playing fields host around 600 people. There are under-nines playing football in a haze of orange bibs, junior rugby players learning to tackle without flinching, a walking football group whose average age is 71, and a cluster of parents clutching paper cups of tea from the little kiosk by the changing rooms.</p>

<p>The council has listed the fields as “surplus land” in its latest asset review, with a recommendation that part of the site be sold for housing. I would invite every member of the cabinet to stand on the touchline there one weekend and tell those parents that the ground beneath their feet is surplus.</p>

<h2>How a field becomes surplus</h2>

<p>The logic of the asset review is straightforward, if bleak. The council owns land. The council needs money. Land that is not producing an income, or that costs money to maintain, is a candidate for sale. Marsh Lane costs around £48,000 a year in grounds maintenance and brings in less than £15,000 in pitch fees.</p>

<p>On paper, then, it is a loss-making asset. But the review does not measure what the fields actually produce. By my count, from speaking to the clubs that use them, Marsh Lane provides:</p>

<ul>
<li>Regular sport for more than 40 teams, from under-sevens to veterans</li>
<li>A home ground for Marsh Lane Rovers, a club that has run for 52 years entirely on volunteers</li>
<li>Weekly sessions for a disability football group and a walking football group</li>
<li>The only large open green space within a mile for the 3,000 households of the Eastfield estate</li>
</ul>

<p>None of that appears on the council’s balance sheet. All of it would be lost.</p>

<h2>The people who hold it together</h2>

<p>What struck me most when I visited was not the scale of the sport but the number of people quietly making it happen. Ray Hollins has marked the pitches at Marsh Lane every weekend for nineteen years. Sandra Ebo runs the kiosk and uses the profits to buy kit for children whose families cannot afford it. The junior rugby section is organised by three mothers who had never touched a rugby ball before their sons joined.</p>

<blockquote><p>“If they sell half of it, the clubs don’t get half as big. They fold. There isn’t anywhere else for them to go.”</p></blockquote>

<p>That was Ray’s assessment, and it is hard to argue with. The city’s other playing fields are already at capacity. Northgate Athletic’s girls’ academy, as this paper has reported, has a waiting list of more than 200 largely because it cannot find pitch space. Selling Marsh Lane would not free up money for sport. It would destroy the very thing the city is short of.</p>

<h2>A better way forward</h2>

<p>I am not pretending the council’s finances are anything other than grim. But there are alternatives. The clubs have proposed forming a community trust to take over the management of the fields on a long lease, raising money through grants and sponsorship that the council cannot access. The bid for a new all-weather pitch at Marsh Lane, already submitted to a national sports fund, would be far more likely to succeed if the site’s future was secure.</p>

<p>Above all, the council should remove Marsh Lane from its surplus list and commit to a simple principle: playing fields in Northgate are not sold. Once a field has houses on it, it never comes back. The money from a sale would vanish into a single year’s budget. The loss would be felt for generations.</p>

<p>The consultation on the asset review is open for another month. If you have ever stood on a cold touchline, coached a team, or simply walked your dog across Marsh Lane on a summer evening, this is the moment to make your voice heard.</p>`,
  },
  {
    slug: 'northgates-libraries-are-its-best-cultural-venues-so-fund-them',
    title: "Northgate's libraries are its best cultural venues, so let's fund them like it",
    standfirst:
      'The city lavishes attention on theatres and festivals, while the branch libraries that host more events than any of them face shorter hours. That is backwards.',
    section: 'opinion',
    author: 'daniel-reyes',
    tags: ['Arts funding', 'Community', 'Council'],
    heroCaption:
      'An illustration of a busy branch library in the evening, with children at a storytelling session and adults reading at long wooden tables.',
    body: `<p>Ask most people in Northgate to name the city’s cultural venues and they will give you a familiar list: the Lantern, the Corn Exchange, the Maritime Museum, perhaps the folk festival marquees on Castle Green. Very few will mention the Eastfield branch library, a flat-roofed building beside a bus stop that most visitors would walk straight past.</p>

<p>They should. Last year, Eastfield library hosted 412 events, from toddler rhyme times and homework clubs to poetry nights and a local history group that regularly draws more people than some professional concerts. Across the city, the Central Library and its six branches put on more than 2,600 events, attended by almost 48,000 people. No other cultural organisation in Northgate comes close.</p>

<h2>Culture that doesn’t call itself culture</h2>

<p>The problem is one of perception. Libraries are filed in the council’s budget under “neighbourhood services”, alongside bin collections and street cleaning, rather than with the arts. They are treated as a statutory duty to be met as cheaply as possible, not as a cultural service to be celebrated.</p>

<p>The results are visible in the proposals now out for consultation. Two branches, Eastfield and Harbourside, would lose a day of opening each week. The book budget for the whole service would fall by 15 per cent. Meanwhile the city’s culture strategy, published last year, runs to 48 pages and mentions libraries exactly twice.</p>

<blockquote><p>If a theatre drew 48,000 people a year to free events, the city would be building it an extension and putting it on the tourist map.</p></blockquote>

<h2>What a library actually does</h2>

<p>I spent a day at Eastfield this week to see for myself. Between opening and closing time, I watched the following:</p>

<ul>
<li>A rhyme time session attended by 23 toddlers and their carers, several of whom told me it was the only time they left the house that week</li>
<li>A man in his seventies being helped to renew his bus pass online, something he could not do at home</li>
<li>A group of teenagers revising for exams, because there was nowhere quiet to work in their flats</li>
<li>A creative writing class, run by a volunteer, whose members have just published their own anthology</li>
</ul>

<p>None of that is glamorous. All of it is culture in the broadest and most useful sense: people coming together to read, learn, make things and talk to one another. Branch librarian Gemma Ashdown told me that the library has become, in effect, the community centre the estate lost a decade ago. “People come here because it’s warm, it’s free and nobody asks them to buy anything,” she said. “Where else in the city can you say that?”</p>

<h2>Fund them like we mean it</h2>

<p>The council is reviewing how it distributes its culture grants, and there is an opportunity here. Libraries should be brought formally into the city’s culture strategy. Their events programmes should be eligible for the same funding as other arts organisations. And the proposed cuts to opening hours at Eastfield and Harbourside, which would save a little over £60,000 a year, should be abandoned.</p>

<p>That is not a large sum. It is less than a third of the annual grant the Lantern receives, and I say that as someone who loves the Lantern and would defend its funding to the last. The point is not to set one against the other, but to recognise that a city’s cultural life is not only found on its stages.</p>

<p>Northgate rightly takes pride in its theatre, its museum and its festival. It should take just as much pride in a flat-roofed building by a bus stop in Eastfield, where on any given evening something remarkable is happening for free.</p>`,
  },
];
