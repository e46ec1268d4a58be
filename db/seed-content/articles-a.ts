import type { SeedArticle } from './types';

export const articlesA: SeedArticle[] = [
  // ---------------------------------------------------------------- city
  {
    slug: 'council-proposes-tax-rise-to-close-11m-gap-in-northgate-budget',
    title: 'Council proposes 4.5% tax rise to close £11m gap in Northgate budget',
    standfirst:
      'Householders face higher council tax and parking charges as city leaders try to protect social care and bin collections from deeper cuts.',
    section: 'city',
    author: 'amara-okafor',
    tags: ['Council budget', 'Housing', 'Transport'],
    heroCaption: 'An illustration of the Civic Hall, where the draft budget will be debated by councillors.',
    body: `
<p>Householders in Northgate would pay 4.5% more in council tax from the next financial year under draft budget proposals published by the city council this week, as officials try to close a funding gap of £11.2 million.</p>
<p>The plans, which go before the council's cabinet next month, would add around £78 a year to the bill for a typical Band D property. Parking charges in council-run car parks would also rise, and the opening hours of two branch libraries would be cut.</p>
<p>Councillor Owen Pryce, the cabinet member for finance, said the authority had been left with "no painless options" after a sharp rise in the cost of adult social care and children's placements.</p>
<h2>Where the money goes</h2>
<p>Social care now accounts for almost 62p of every pound the council spends from its own budget, up from just over half five years ago. The number of children in the council's care has risen by 14% over the same period, and the cost of a single residential placement can exceed £5,000 a week.</p>
<p>Officers say inflation in energy and construction costs has added a further £2.3 million to the bill for running council buildings, including the Civic Hall and the city's four leisure centres. Spending on temporary accommodation for homeless families has also doubled in two years.</p>
<p>The draft budget sets out how the gap would be closed:</p>
<ul>
<li><strong>£4.9m</strong> from the council tax rise, including the portion ring-fenced for adult social care</li>
<li><strong>£2.6m</strong> from efficiency savings, largely by leaving vacant back-office posts unfilled</li>
<li><strong>£1.4m</strong> from higher fees and charges, including parking and garden waste collection</li>
<li><strong>£1.1m</strong> from reducing library hours at Eastbank and Saltmarsh Road</li>
<li><strong>£1.2m</strong> drawn from reserves</li>
</ul>
<h2>Libraries and parking in the spotlight</h2>
<p>The library changes are likely to prove the most contentious. Under the proposals, the Eastbank and Saltmarsh Road branches would open three days a week rather than five, with volunteers invited to help run additional sessions.</p>
<p>Margaret Ellery, who chairs the Friends of Eastbank Library, said the group would campaign against the cut. "For a lot of older people round here, the library is the only warm, free place they can go to sit and read a paper," she said. "Three days a week is not a library, it's a timetable."</p>
<p>Traders in the city centre have also raised concerns about parking. The charge for three hours in the Quayside multi-storey would rise from £4.20 to £5, which the Northgate Traders' Association says could drive shoppers to out-of-town retail parks. The subsidy that keeps tram fares down for pensioners and students would be untouched.</p>
<blockquote><p>"We have protected bin collections, we have protected the tram subsidy, and we have protected the most vulnerable. But I won't pretend this budget is anything other than hard." — Councillor Owen Pryce, cabinet member for finance</p></blockquote>
<h2>Opposition response</h2>
<p>The opposition group on the council accused the administration of relying too heavily on reserves. Councillor Brian Tolland, its finance spokesperson, said drawing down £1.2 million was "a one-off fix to a recurring problem".</p>
<p>"Next year the gap will still be there and the cushion will be thinner," he said. "We want to see a proper plan for bringing down the cost of temporary accommodation, and that means building more council homes, not just paying hotel bills."</p>
<p>The mayor, Gillian Marsh, defended the proposals, saying the council had found more than £30 million of savings over the past decade while keeping every children's centre open. She urged residents to respond to the consultation.</p>
<h2>What happens next</h2>
<p>A public consultation on the draft budget opens this week and runs for six weeks. Residents can respond online or in person at the Civic Hall, and drop-in sessions are being held at each of the city's libraries, including the two facing reduced hours.</p>
<p>The cabinet will consider the responses before a final budget is put to a vote of the full council early in the new year. The council is legally required to set a balanced budget, and the proposed rise is the maximum it can impose without holding a local referendum.</p>
<p>Cllr Pryce said the administration would "listen carefully" but warned that any reversal would need to be paid for elsewhere. "If people tell us they want the libraries kept open five days a week, we will look at that seriously," he said. "But we will also have to tell them what else goes instead."</p>
`,
  },
  {
    slug: 'tram-extension-to-eastbank-clears-final-planning-hurdle',
    title: 'Tram extension to Eastbank clears final planning hurdle after long wait',
    standfirst:
      'The 3.2km route across the Wend will add five stops and link the eastern estates to the city centre, with construction work expected to begin next year.',
    section: 'city',
    author: 'daniel-reyes',
    tags: ['Transport', 'Tram line', 'Planning'],
    heroCaption: 'An illustration of a tram crossing the new bridge over the River Wend towards Eastbank.',
    body: `
<p>A long-awaited extension of Northgate's tram line to Eastbank has been given the go-ahead after the city's planning committee voted unanimously in favour of the final design this week.</p>
<p>The 3.2km route will branch off the existing line at Market Cross, cross the River Wend on a new bridge beside the Iron Bridge, and run along Eastbank Road to a terminus at Hollins Park. Five new stops will be built, bringing the network's total to 27.</p>
<p>Councillor Leila Haddad, the cabinet member for transport, said the decision marked "the end of a very long wait" for residents of the eastern estates, who have campaigned for a tram connection for more than 15 years.</p>
<h2>What has been approved</h2>
<p>The committee's approval covers the track, stops, the new bridge and a small maintenance siding at Hollins Park. The scheme is expected to cost £148 million, most of it from a regional transport fund, with the council contributing £22 million through borrowing.</p>
<p>The five new stops will be:</p>
<ol>
<li>Wend Crossing, on the east bank of the river</li>
<li>Chandlers Yard</li>
<li>Eastbank Library</li>
<li>St Brennan's</li>
<li>Hollins Park, the terminus, with a 200-space park-and-ride</li>
</ol>
<p>Northgate Tramways, which operates the network, says trams will run every eight minutes during the day, and that the journey from Hollins Park to the city centre will take 14 minutes. The same trip currently takes around 35 minutes by bus at peak times.</p>
<h2>Concerns over construction</h2>
<p>Not everyone is celebrating. Businesses along Eastbank Road have warned that two years of roadworks could be devastating for passing trade. Sanjay Mehra, who runs a hardware shop near the proposed Chandlers Yard stop, said he supported the tram "in principle" but feared for his business in the meantime.</p>
<p>"We've seen what happens in other cities where the road is dug up for years," he said. "By the time the tram arrives, half the shops could be gone."</p>
<p>The council has promised a business support fund of £1.5 million to help traders affected by the works, and says it will build the route in sections so that no part of Eastbank Road is closed for more than six months.</p>
<blockquote><p>"For years Eastbank has been a place you drive through on the way to somewhere else. This line puts it on the map." — Councillor Leila Haddad, cabinet member for transport</p></blockquote>
<h2>The bridge question</h2>
<p>The most technically demanding part of the scheme is the new crossing over the Wend. Engineers had originally proposed running trams over the Victorian Iron Bridge itself, but surveys found the structure could not carry the additional weight without extensive strengthening.</p>
<p>Instead, a slender steel bridge will be built alongside it, carrying trams, pedestrians and cyclists. The design was revised twice following objections from the Northgate Civic Society, which argued that the original plan would have obscured views of the listed Iron Bridge from the quayside.</p>
<p>Eleanor Vasquez, the society's chair, said the final version was "a considerable improvement" and that the group would not oppose it further.</p>
<h2>What happens next</h2>
<p>With planning consent secured, the council will now finalise contracts with its construction partner. Utility diversions, which involve moving water mains, gas pipes and cables away from the route, are expected to begin next spring, with track-laying to follow.</p>
<p>If the programme holds, the first passenger trams would run to Hollins Park within three years. Residents can view the final plans at Eastbank Library and at the Civic Hall, and a series of drop-in events will be held along the route over the coming weeks.</p>
<p>For Eastbank resident Joyce Okonjo, 71, who has campaigned for the line since it was first proposed, the approval was an emotional moment. "I was starting to think I'd never ride it," she said. "Now I'm going to make sure I'm on the first one."</p>
`,
  },
  {
    slug: 'mill-district-warehouses-to-become-240-homes-under-revised-plans',
    title: 'Mill district warehouses to become 240 homes under revised plans',
    standfirst:
      'The developer has cut the height of the tallest block and raised the share of affordable flats after objections from residents and heritage campaigners.',
    section: 'city',
    author: 'helena-lindqvist',
    tags: ['Housing', 'Mill district', 'Planning'],
    heroCaption: 'An illustration of the restored Spinners Lane warehouses beside the River Wend, with the Ashworth Mill chimney behind.',
    body: `
<p>Three derelict warehouses in Northgate's old mill district would be converted into 240 homes under revised plans submitted to the city council this week, after the developer scaled back its original proposals in response to objections.</p>
<p>Wendside Living, the company behind the scheme, has reduced the height of a new-build block on the site from 14 storeys to nine and increased the proportion of affordable homes from 15% to 25%. The three Victorian warehouses on Spinners Lane, which have stood empty for nearly two decades, would be retained and converted.</p>
<h2>A landmark site</h2>
<p>The Spinners Lane warehouses were built to store raw cotton and finished cloth when the mill district was at its peak, employing thousands of people along the banks of the Wend. The last of the mills closed in the 1980s, and while some buildings have since been turned into studios, offices and bars, the warehouses have remained boarded up.</p>
<p>Their condition has deteriorated sharply. A structural survey commissioned by the council last year found that parts of the roof of the largest building had collapsed, and that without intervention the warehouses could become unsafe within five years.</p>
<p>Rachel Dunmore, planning director at Wendside Living, said the revised scheme struck "the right balance between saving these buildings and making the numbers work".</p>
<p>"Conversions like this are expensive," she said. "The new-build element is what pays for the restoration. We've listened to people's concerns about height and we've brought it down significantly, but there is a limit to how far we can go."</p>
<h2>What has changed</h2>
<p>Compared with the plans first put out for consultation, the revised application includes:</p>
<ul>
<li>a new-build block of nine storeys rather than 14, stepped down towards the river</li>
<li>60 affordable homes, of which 36 would be for social rent</li>
<li>a public riverside walkway linking Spinners Lane to the existing towpath</li>
<li>ground-floor space for shops, a café and a community workshop</li>
<li>parking for 80 cars, down from 150, with storage for 400 bicycles</li>
</ul>
<p>The original proposals drew more than 600 objections, many focused on the tower and its effect on views of the Ashworth Mill chimney, one of the district's best-known landmarks.</p>
<h2>Mixed reaction</h2>
<p>Colin Ashby, secretary of the Mill District Residents' Association, said the changes were "a step in the right direction" but that the group still had concerns about traffic on Spinners Lane and pressure on the local GP surgery.</p>
<blockquote><p>"The chimney has been on the skyline for a hundred and fifty years. Anything we build next to it should know its place." — Colin Ashby, Mill District Residents' Association</p></blockquote>
<p>Housing campaigners welcomed the increase in affordable homes. Northgate has more than 7,400 households on its housing waiting list, and the council's most recent assessment found the city needs to build around 1,100 new homes a year to keep up with demand. Last year it managed fewer than 700.</p>
<p>Dev Kaur, who coordinates the Northgate Housing Forum, said the city "cannot afford to let sites like this sit empty for another twenty years". She added: "A quarter affordable is better than most schemes we see. We'd like it to be more, but we'd much rather see homes built here than another decade of boarded-up windows."</p>
<h3>The heritage view</h3>
<p>The Northgate Civic Society, which objected to the original scheme, said it was still studying the new drawings. Its chair, Eleanor Vasquez, said the society was "encouraged" that all three warehouses would now be kept, including the smallest, which had been earmarked for demolition in an earlier version.</p>
<h2>What happens next</h2>
<p>The revised application will go out to public consultation for 21 days. Planning officers will then prepare a report with a recommendation, and the scheme could go before the planning committee within three months.</p>
<p>If approved, Wendside Living says work would start with urgent repairs to the warehouse roofs, and the first residents could move in within three years. The company estimates the project would support around 300 construction jobs.</p>
`,
  },
  {
    slug: 'what-the-new-river-wend-flood-barrier-means-for-riverside-streets',
    title: 'Explained: what the new River Wend flood barrier means for riverside streets',
    standfirst:
      'Work starts this month on a £62m tidal barrier at the mouth of the Wend. Here is how it will work, who it protects and what will change for people living and working nearby.',
    section: 'city',
    author: 'tomasz-nowak',
    tags: ['River Wend', 'Climate', 'Harbour'],
    heroCaption: 'An illustration of the tidal barrier gates raised across the mouth of the River Wend during a storm surge.',
    body: `
<p>Work begins this month on the biggest flood defence project in Northgate's history: a movable tidal barrier across the mouth of the River Wend, designed to stop storm surges pushing sea water up the river and into the city.</p>
<p>The £62 million scheme has been in planning for almost a decade. Here is what you need to know.</p>
<h2>Why does Northgate need a barrier?</h2>
<p>Much of central Northgate sits only a few metres above sea level. The biggest risk comes not from heavy rain but from tidal surges, when strong onshore winds and low air pressure combine with a high tide to push water up the Wend estuary.</p>
<p>The last major surge flooded more than 400 homes and businesses in the Quayside, Lower Wend and mill district areas, and insurers estimated the damage at over £40 million. Modelling commissioned by the council suggests that, with rising sea levels, a surge of that size could become around four times more likely by the middle of the century.</p>
<h2>How will it work?</h2>
<p>The barrier will consist of two steel gates, each around 30 metres wide, mounted on concrete piers on either side of the navigation channel between the harbour and the river. For most of the time the gates will lie flat on the riverbed, allowing boats and the normal tidal flow to pass over them.</p>
<p>When a dangerous surge is forecast, the gates will be rotated upwards to form a wall, sealing the river off from the sea. Closing them will take around 40 minutes.</p>
<p>Dr Fiona Kerrigan, the project's lead engineer, said the design had been chosen to minimise disruption to shipping and wildlife. "A fixed wall would have been cheaper," she said. "But the Wend is a living river and a working harbour, and we need to keep both of those things going."</p>
<h2>Who will it protect?</h2>
<p>According to the council, the barrier will reduce flood risk to:</p>
<ul>
<li>around 3,800 homes</li>
<li>more than 600 businesses, including most of the Quayside</li>
<li>the main tram depot and two tram stops</li>
<li>the riverside wing of Northgate General Hospital</li>
<li>the city's main electricity substation at Lower Wend</li>
</ul>
<p>It will not stop flooding caused by heavy rainfall further upstream, which the council says will be tackled by separate work on storage ponds and culverts in the Wend valley.</p>
<blockquote><p>"The sea is coming up whether we like it or not. This barrier buys Northgate time, probably a hundred years of it." — Dr Fiona Kerrigan, lead engineer</p></blockquote>
<h2>What will change during construction?</h2>
<p>The works are expected to last around two and a half years. The riverside path between the harbour and Ferry Steps will be closed for most of that time, with a diversion along Salter Street. Vessels using the channel will face temporary speed limits and, occasionally, short closures that the harbour master will announce in advance.</p>
<p>Residents of Pilot Row and Customs Terrace, the streets nearest the site, have been promised noise monitoring and restrictions on working hours. Piling, the noisiest part of the job, will be limited to daytime hours and will not take place at weekends.</p>
<p>Janet Pryor, who has lived on Pilot Row for 30 years and was flooded during the last surge, said she would put up with the noise. "I had two feet of water in my front room," she said. "If a bit of banging is the price of never going through that again, they can bang away."</p>
<h2>Will it affect my insurance?</h2>
<p>Possibly, in time. Insurers generally take account of flood defences when pricing policies, but only once they are complete and operational. Homeowners who have struggled to get cover are advised to speak to their insurer or broker once the barrier is finished.</p>
<h2>What happens next?</h2>
<p>Site clearance starts this month, with piling for the first of the concrete piers due to begin in the spring. Preparatory dredging of the channel will take place at the same time.</p>
<p>The council will hold a public drop-in at the Harbour Institute later this month, where residents can see the designs and put questions to the engineering team. Updates on path closures and channel restrictions will be posted at Ferry Steps and on the council's website.</p>
`,
  },
  {
    slug: 'demand-doubles-at-saltmarsh-road-pantry-as-volunteers-stretch-to-cope',
    title: 'Demand doubles at Saltmarsh Road pantry as volunteers stretch to cope',
    standfirst:
      'Volunteers at a church-hall pantry in Saltmarsh Road now serve more than 300 households a week. We spent a morning with the people keeping it going.',
    section: 'city',
    author: 'priya-raman',
    tags: ['Housing', 'Health', 'Council budget'],
    heroCaption: 'An illustration of volunteers stacking shelves inside the Saltmarsh Road Community Pantry.',
    body: `
<p>By half past eight the queue outside St Anselm's church hall on Saltmarsh Road already stretches past the bus stop. Inside, Bernadette Lowry is counting tins of chopped tomatoes and doing sums in her head.</p>
<p>"We had four hundred tins on the shelf at the start of the week," she says. "We'll be lucky if there are fifty left by lunchtime."</p>
<p>Lowry, a retired school secretary, has run the Saltmarsh Road Community Pantry for five years. When it opened, it served around 150 households a week. It now serves more than 300, and the number is still rising.</p>
<h2>A different kind of queue</h2>
<p>Unlike a traditional food bank, the pantry works on a membership model. Members pay £4 a visit and choose around £20 worth of groceries, including fresh fruit, vegetables and bread. Much of the stock is surplus donated by supermarkets and by wholesalers at the harbour market, supplemented by cash donations and a small council grant.</p>
<p>Volunteers say the people in the queue have changed. Five years ago, most were pensioners or people out of work. Today, more than a third are in employment.</p>
<p>"We've got care workers, delivery drivers, a teaching assistant," says Lowry. "People doing everything right and still not getting to the end of the month. The rent goes up and that's it, there's nothing left."</p>
<blockquote><p>"Nobody should have to choose between heating the flat and feeding the kids. But that's the choice people describe to us every single week." — Bernadette Lowry, pantry coordinator</p></blockquote>
<h2>Rents and the squeeze</h2>
<p>Housing costs come up again and again in conversations at the pantry. Average private rents in Northgate have risen by around 22% in three years, according to figures from the council's housing team, while wages in the city's biggest employing sectors, such as care, hospitality and logistics, have not kept pace.</p>
<p>Tess Callaghan, 34, a mother of two who works part-time at a care home in Eastbank, has been a member for eight months. "I was embarrassed the first time," she says. "Now I just think, this is what it is. The kids get fruit, and I can pay the electric."</p>
<h2>What keeps it running</h2>
<p>The pantry relies on around 40 volunteers, most of them retired. On a typical morning, the work includes:</p>
<ul>
<li>collecting surplus stock from the harbour market and two supermarkets from 6am</li>
<li>sorting donated food and checking use-by dates</li>
<li>running the membership desk and pointing people towards debt and benefits advice</li>
<li>serving tea and toast in the hall while members wait</li>
</ul>
<p>The cost of running the operation, from van fuel to electricity for the fridges and rent on the hall, has roughly doubled in two years. Lowry estimates the pantry needs about £18,000 a year to keep going. The council's grant covers about a third.</p>
<h2>Pressure on the council</h2>
<p>The city council funds 11 pantries and food banks through its hardship fund, at a cost of around £210,000 a year. Councillor Nadia Brooks, the cabinet member for communities, said the fund had been protected in the draft budget despite cuts elsewhere.</p>
<p>"Pantries like Saltmarsh Road are doing work the state used to do, and they are doing it brilliantly," she said. "We are not in a position to increase the grant this year, but we are not cutting it either, and we are looking at how we can help with energy costs."</p>
<p>Lowry is grateful but blunt. "Protected is nice," she says. "But protected at the same level when the queue has doubled isn't really protected, is it?"</p>
<h2>Looking ahead</h2>
<p>The pantry is appealing for more volunteers, particularly drivers, and for donations of toiletries and nappies, which are rarely available as surplus. It hopes to open on a second morning each week if it can find the people to staff it.</p>
<p>As the last members leave, Lowry surveys the shelves. There are 38 tins of tomatoes left. "Not bad," she says. "Not bad at all."</p>
`,
    status: 'draft',
  },

  // ------------------------------------------------------------ business
  {
    slug: 'harbour-company-unveils-85m-plan-to-double-container-capacity',
    title: 'Harbour company unveils £85m plan to double container capacity at Northgate',
    standfirst:
      'The Northgate Harbour Company says expanding its North Quay terminal would create 450 jobs, but residents worry about lorry traffic, night-time noise and lost mudflats.',
    section: 'business',
    author: 'priya-raman',
    tags: ['Harbour', 'Jobs', 'Planning', 'Environment'],
    heroCaption: 'An illustration of electric cranes unloading a container ship at an expanded North Quay terminal.',
    body: `
<p>The Northgate Harbour Company has unveiled plans to double the container-handling capacity of the port with an £85 million expansion of its North Quay terminal, in what would be the largest private investment in the city for a generation.</p>
<p>The scheme would involve reclaiming around eight hectares of tidal mudflat, building a new 400-metre quay wall and installing three electric ship-to-shore cranes. The company says it would allow the harbour to handle vessels carrying up to 10,000 containers, compared with around 4,500 today.</p>
<h2>Why now?</h2>
<p>Martin Achterberg, chief executive of the harbour company, said the expansion was needed to keep Northgate competitive as shipping lines move to ever larger vessels.</p>
<p>"Ten years ago, the ships calling here were the size the big lines were using on their main routes. Today they are the small ones," he said. "If we don't invest, the ships will simply go elsewhere, and the jobs and business that come with them will follow."</p>
<p>The harbour handled around 310,000 containers last year, a record, and the company says the existing terminal is operating at close to 90% of capacity during busy periods.</p>
<h2>The jobs case</h2>
<p>According to an economic assessment commissioned by the company, the expansion would bring:</p>
<ul>
<li>around 450 permanent jobs at the terminal and in related logistics</li>
<li>up to 600 construction jobs over a three-year build</li>
<li>an estimated £38 million a year in additional economic activity for the city region</li>
<li>60 apprenticeships through Northgate College, covering crane operation, engineering and logistics</li>
</ul>
<p>Graham Otley, regional organiser for the port workers' union, said the jobs would be welcome "as long as they are good jobs". He added: "We want direct employment, proper pay and a say in how automation is introduced. We'll be holding the company to its word."</p>
<h2>Concerns on Anchor Street and beyond</h2>
<p>Not everyone is enthusiastic. The expansion would bring an estimated 700 additional lorry movements a day on the Harbour Road corridor, and residents of the streets nearest the terminal are worried about noise, fumes and round-the-clock operations.</p>
<p>Derek Fairlie, who chairs the North Quay Residents' Group, said his members were not opposed to the port. "Half the people on Anchor Street have worked there at some point," he said. "But we already hear the cranes at three in the morning. Doubling it is a different matter."</p>
<blockquote><p>"We want the harbour to grow. We just don't want to be the ones who pay for it with our sleep and our lungs." — Derek Fairlie, North Quay Residents' Group</p></blockquote>
<p>Environmental groups have raised concerns about the loss of mudflat, which is used by thousands of wading birds over the winter. The Wend Estuary Wildlife Trust said it would scrutinise the plans closely and would object if the habitat could not be properly replaced.</p>
<p>The company says the new cranes and quay would be fully electric, and that it is exploring moving more containers by rail to reduce lorry traffic. It is also proposing to create a new area of saltmarsh further along the estuary to compensate for the lost mudflat.</p>
<h2>What happens next</h2>
<p>The harbour company will hold a formal public consultation over the next eight weeks, with exhibitions at the Harbour Institute and Eastbank Library. It expects to submit a planning application next year. Because of the scale of the project and the work in the estuary, it will also need a marine licence.</p>
<p>The mayor, Gillian Marsh, said the council would "look carefully at the detail" but welcomed the investment in principle. "The harbour is why Northgate exists," she said. "We want it to grow, but we want it to be a good neighbour too."</p>
`,
  },
  {
    slug: 'mill-district-traders-warn-rent-rises-could-empty-high-street',
    title: 'Mill district traders warn rent rises could empty independent high street',
    standfirst:
      'Shop owners on Weavers Row say landlords are asking for increases of up to 40% as the area grows more popular, and they are calling on the council to step in.',
    section: 'business',
    author: 'amara-okafor',
    tags: ['Small business', 'Mill district', 'Jobs'],
    heroCaption: 'An illustration of independent shopfronts along the cobbled Weavers Row in the mill district.',
    body: `
<p>Independent traders in Northgate's mill district have warned that steep rent rises could force them out of the very streets they helped to revive.</p>
<p>Several shop owners on Weavers Row, the cobbled street of bakeries, record shops and cafés that has become one of the city's most popular destinations, say they have been offered lease renewals with increases of between 25% and 40%.</p>
<h2>Victims of their own success</h2>
<p>Ten years ago, many units on Weavers Row were empty. Low rents attracted a wave of small businesses, and the street has since been credited with helping to transform the wider mill district. Footfall has roughly tripled in five years, according to counts by the Mill District Business Association.</p>
<p>Now traders fear that success is pricing them out. Hannah Okoro, who opened her bakery, Crumb and Cinder, on Weavers Row seven years ago, said her landlord had asked for a 38% increase when her lease comes up for renewal later this year.</p>
<p>"When I moved in, there was a boarded-up betting shop next door and you could hear your own footsteps at lunchtime," she said. "We took a risk on this street when no one else would. Now it's busy, and the reward for that is a rent I can't pay."</p>
<h2>What traders are asking for</h2>
<p>The business association has written to the council with a list of proposals, including:</p>
<ul>
<li>a voluntary fair rent charter for landlords on Weavers Row and neighbouring streets</li>
<li>business rates relief targeted at independent retailers in the mill district</li>
<li>council purchase of empty units to let at below-market rents</li>
<li>planning rules to limit the conversion of shop units into bars and short-let flats</li>
</ul>
<p>Luca Ferrante, who chairs the association and runs a delicatessen on the street, said: "Nobody is asking landlords to run charities. But if every independent shop is replaced by a chain or a cocktail bar, the thing that makes people come here will disappear, and the landlords will lose out too."</p>
<blockquote><p>"Weavers Row didn't become popular by accident. It became popular because of the people who run these shops." — Luca Ferrante, Mill District Business Association</p></blockquote>
<h2>The landlords' view</h2>
<p>Property owners say rents on Weavers Row were unusually low for years and are only now catching up with the rest of the city centre. Stephen Marlow, a director at Marlow Estates, which owns eleven units on the street, said the increases reflected the market.</p>
<p>"For a decade we let these units at rents that barely covered maintenance, because that was what the street could bear," he said. "Many of these buildings are more than a century old and the repair bills are substantial. We value our tenants, and we're open to talking to any of them about phasing increases in."</p>
<h2>Limited powers</h2>
<p>The council has little direct control over commercial rents. Councillor Owen Pryce, the cabinet member for finance and economic development, said the authority was "sympathetic" but warned that its budget was under severe strain.</p>
<p>"We can't set rents and we don't have the money to buy up streets," he said. "What we can do is bring landlords and tenants round the table, and look at whether our planning policies are doing enough to protect shops."</p>
<p>Economists say the pattern is a familiar one. Dr Imogen Tait, who studies urban economies at Northgate University, said: "Cheap space attracts independent businesses, independent businesses attract visitors, and visitors attract investors. Without some kind of intervention, the pioneers are usually the first to go."</p>
<p>She said the loss of independent traders would also mean fewer local jobs, since small shops tend to employ more staff per square metre than larger chains and spend more of their money with other local firms.</p>
<h2>What happens next</h2>
<p>The business association is holding a public meeting at the Old Dye House later this month and hopes to present a petition to the full council. Several traders say they will decide whether to renew their leases in the coming weeks.</p>
<p>Okoro has not made up her mind. "I love this street," she said. "But love doesn't pay the rent."</p>
`,
  },
  {
    slug: 'university-battery-spin-out-raises-6m-and-plans-northgate-factory',
    title: 'University battery spin-out raises £6m and plans factory in Northgate',
    standfirst:
      'Wendcell Energy, founded by Northgate University chemists, says its sodium-based batteries could cut storage costs for wind and solar farms and create 120 local jobs.',
    section: 'business',
    author: 'daniel-reyes',
    tags: ['Northgate University', 'Energy', 'Jobs'],
    heroCaption: 'An illustration of technicians assembling battery cells on a pilot production line.',
    body: `
<p>A battery company spun out of Northgate University has raised £6 million from investors and plans to open a pilot factory in the city, creating up to 120 jobs.</p>
<p>Wendcell Energy, founded by a team from the university's chemistry department, develops batteries that use sodium, one of the two elements in table salt, in place of lithium. The company says its cells are cheaper, less dependent on imported minerals and less prone to overheating, making them well suited to storing electricity from wind and solar farms.</p>
<h2>From lab bench to factory floor</h2>
<p>The company was founded four years ago by Dr Nkechi Balogun and Dr Oliver Strand, who met as postdoctoral researchers. Its first prototypes were assembled by hand in a university laboratory.</p>
<p>The new funding round was led by a regional clean-technology fund, with backing from private investors and the university's own commercialisation arm. It will pay for the fit-out of a 3,000 square metre unit at the Harbourside Enterprise Park, where Wendcell plans to begin producing batteries at small scale within 18 months.</p>
<p>"There's a big difference between a battery that works in the lab and one you can make ten thousand of," said Dr Balogun, the company's chief executive. "This factory is where we prove we can do that."</p>
<h2>Why sodium?</h2>
<p>Lithium-ion batteries dominate the market for phones, laptops and electric cars. But for large, stationary batteries, where weight matters less, sodium-ion technology is attracting growing interest. According to the company, the advantages include:</p>
<ul>
<li>raw materials that are abundant and cheap, with no need for cobalt or nickel</li>
<li>better performance in cold conditions</li>
<li>a lower risk of fire, because the cells can be stored and transported fully discharged</li>
<li>the potential to use existing lithium-ion production equipment with modest changes</li>
</ul>
<p>The trade-off is energy density: sodium cells store less energy for their weight, which makes them less suited to cars. Dr Strand, the chief technology officer, said that was "not a problem for a battery that sits in a shipping container next to a wind farm".</p>
<blockquote><p>"Northgate used to make things the rest of the country depended on. There's no reason it can't do that again." — Dr Nkechi Balogun, chief executive, Wendcell Energy</p></blockquote>
<h2>Local jobs and skills</h2>
<p>Wendcell currently employs 23 people. It expects to reach 120 within three years if the pilot factory succeeds, including production technicians, engineers and quality-control staff. It is working with Northgate College on a training course for battery technicians, the first of its kind in the region.</p>
<p>Professor Elaine Moss, vice-chancellor of Northgate University, said the company was "exactly the kind of business we want to see grow here, rather than moving away the moment it succeeds".</p>
<p>The city council's economic development team helped Wendcell find the site. Councillor Owen Pryce said the investment was "a vote of confidence in Northgate's future as a place where clean industry can thrive".</p>
<h2>Risks ahead</h2>
<p>Analysts caution that the battery industry is fiercely competitive, with large overseas manufacturers investing heavily in sodium-ion technology. Dr Imogen Tait, an economist at Northgate University who is not involved with the company, said small producers faced a difficult path.</p>
<p>"Scaling up manufacturing is where many promising start-ups run out of road," she said. "The technology might be excellent, but the question is whether they can make it cheaply enough, and quickly enough, before the giants do."</p>
<p>Dr Balogun acknowledged the challenge. "We're not trying to out-build the biggest factories in the world," she said. "We're aiming at customers who want a reliable supply, made close to home, with a smaller environmental footprint. We think that market is real, and growing."</p>
<h2>What happens next</h2>
<p>Fit-out of the Harbourside unit is due to begin in the coming months. Wendcell says it has already agreed to supply trial batteries to a community energy cooperative in the Wend valley, and is in talks with the Northgate Harbour Company about storage for the electric cranes planned for its North Quay terminal.</p>
`,
  },
  {
    slug: 'explained-who-can-claim-northgates-2m-high-street-recovery-fund',
    title: "Explained: who can claim Northgate's new £2m high street recovery fund",
    standfirst:
      'Small firms in the city centre, Eastbank and the mill district can apply for grants of up to £15,000 to smarten shopfronts, cut energy bills or bring empty units back into use.',
    section: 'business',
    author: 'helena-lindqvist',
    tags: ['Small business', 'Council budget', 'Energy'],
    heroCaption: 'An illustration of a shopkeeper repainting a traditional shopfront on a Northgate high street.',
    body: `
<p>Northgate City Council has opened applications for a £2 million fund intended to help small businesses on the city's shopping streets. The money comes from a regional economic recovery grant rather than from the council's own stretched budget, and it must be spent within two years.</p>
<p>Here is how the scheme works and who can apply.</p>
<h2>What is the fund for?</h2>
<p>The High Street Recovery Fund is designed to help independent businesses invest in their premises at a time when many are struggling with energy bills and uncertain footfall. Grants can be used for three broad purposes:</p>
<ol>
<li><strong>Shopfront improvements:</strong> repairs, repainting, new signage and restoring original features on older buildings</li>
<li><strong>Energy efficiency:</strong> insulation, efficient lighting, heat pumps, modern refrigeration and solar panels</li>
<li><strong>Bringing empty units back into use:</strong> fit-out costs for businesses taking on premises that have been vacant for at least six months</li>
</ol>
<h2>Who can apply?</h2>
<p>The fund is open to businesses with fewer than 50 employees that occupy ground-floor commercial premises in one of five designated areas: the city centre, Weavers Row and the wider mill district, Eastbank Road, Saltmarsh Road and the Quayside. Both tenants and owner-occupiers can apply, although tenants will need their landlord's written consent for any physical works.</p>
<p>National chains and betting shops are excluded, as are businesses that have already received substantial public grants in the past three years.</p>
<h2>How much can I get?</h2>
<p>Grants range from £2,000 to £15,000. In most cases, businesses will need to match the grant with their own money: the fund will cover up to 50% of project costs, rising to 75% for energy-efficiency work and for units that have been empty for more than two years.</p>
<p>Alison Grieve, the council's head of economic development, said the matched-funding requirement was intended to stretch the money further. "If every grant is matched, £2 million becomes at least £4 million of investment on our high streets," she said. "We expect to support somewhere between 150 and 250 businesses."</p>
<h2>Why the focus on energy?</h2>
<p>Energy costs were the most common concern raised in a council survey of 400 small businesses last year, with almost two-thirds saying their bills had at least doubled in three years. Many older shop buildings are poorly insulated and rely on inefficient electric heaters.</p>
<p>Kwame Mensah, who runs a dry cleaner's on Saltmarsh Road, said he would apply for help replacing his ageing boiler and pressing equipment. "My electricity bill is now bigger than my rent," he said. "If I can get that down, it's the difference between staying open and not."</p>
<blockquote><p>"Small grants can make a big difference. A new shopfront or a cheaper heating bill can be what keeps a business on the street for another ten years." — Alison Grieve, head of economic development, Northgate City Council</p></blockquote>
<h2>Is £2 million enough?</h2>
<p>Business groups have welcomed the fund but say it will only scratch the surface. Luca Ferrante, chair of the Mill District Business Association, said rising rents were a bigger threat to many traders than shabby shopfronts.</p>
<p>"It's good money and people will use it well," he said. "But a new sign doesn't help you much if your landlord is putting the rent up by a third."</p>
<p>The Northgate Traders' Association has asked the council to consider a second round of funding if the first is heavily oversubscribed.</p>
<h2>How do I apply?</h2>
<p>Applications are made online through the council's business portal, and paper forms are available from the Civic Hall. Applicants will need:</p>
<ul>
<li>a description of the work and at least two quotes from contractors</li>
<li>proof of business address and trading history</li>
<li>landlord consent, where relevant</li>
<li>evidence of the matched funding</li>
</ul>
<p>Applications will be assessed in monthly rounds until the money runs out. The council is running free advice sessions at the Civic Hall and at Eastbank Library over the coming weeks for businesses that want help preparing a bid.</p>
`,
  },
  {
    slug: 'family-brewery-marks-150-years-with-move-into-restored-wend-mill',
    title: 'Family brewery marks 150 years with a move into a restored Wend mill',
    standfirst:
      "Pennock's, Northgate's oldest independent brewer, is leaving its cramped Quayside home for the old Ashworth Mill engine house, bringing a taproom, a visitor centre and 35 new jobs.",
    section: 'business',
    author: 'tomasz-nowak',
    tags: ['Small business', 'Mill district', 'River Wend', 'Jobs'],
    heroCaption: 'An illustration of copper brewing vessels inside the arched engine house of the former Ashworth Mill.',
    body: `
<p>For 150 years, the Pennock family has brewed beer within sight of the River Wend. Next year, for the first time, the brewery will move, although only about a mile upstream.</p>
<p>Pennock's, Northgate's oldest surviving independent brewer, has agreed a deal to take over the engine house and boiler sheds of the former Ashworth Mill, the Victorian cotton mill whose chimney still dominates the skyline of the mill district. The company will leave its cramped site on the Quayside, where it has brewed since it was founded by a former ship's cook.</p>
<h2>Outgrowing the Quayside</h2>
<p>Sarah Pennock, the fifth generation of the family to run the business, said the decision had been "agonising".</p>
<p>"My great-great-grandfather chose the Quayside because that's where the thirsty people were: dockers, sailors, fishermen," she said. "But the building was never designed for a modern brewery. We're brewing in a warren of rooms held together by paint and good intentions."</p>
<p>The brewery produces around 9,000 barrels a year and has been turning down orders from pubs and shops across the region because it cannot make more. The new site will allow it to roughly double production.</p>
<p>The move is costing £4.3 million, funded through a bank loan, the sale of the Quayside building and a share offer to customers that raised £650,000 in under a month.</p>
<h2>A new life for the engine house</h2>
<p>The Ashworth Mill engine house, which once held the steam engine that powered the mill's looms, has been empty since the mill closed. Its tall arched windows and cast-iron columns are protected, and the conversion has been designed with the help of the city's heritage officers.</p>
<p>Plans for the site include:</p>
<ul>
<li>a new brewhouse in the former boiler sheds, with twice the current capacity</li>
<li>a taproom and kitchen in the engine house, seating around 180 people</li>
<li>a small visitor centre telling the story of the mill and the brewery</li>
<li>a riverside terrace connecting to the towpath</li>
</ul>
<p>The brewery will also install a heat-recovery system that captures warmth from the brewing process to heat the taproom, cutting its gas use by an estimated 40%.</p>
<blockquote><p>"We've spent 150 years on the Quayside. The beer won't change, but for the first time we'll have room to breathe." — Sarah Pennock, managing director</p></blockquote>
<h2>Jobs and the mill district</h2>
<p>Pennock's employs 42 people, all of whom have been offered jobs at the new site. The company expects to create around 35 more, mainly in the taproom, kitchen and brewhouse.</p>
<p>Luca Ferrante of the Mill District Business Association said the move was a boost for the area. "A brewery with that much history, in a building with that much history: that's the sort of thing that brings people across the river," he said.</p>
<p>Some Quayside regulars are less happy. The brewery's small bar, the Cook's Rest, will close when the building is sold. "I've been drinking in there for forty years," said Ray Hollis, a retired tugboat skipper. "It won't be the same walking up to the mill. But I suppose I'll get used to it. The bitter's the same, that's the main thing."</p>
<h2>What happens next</h2>
<p>Building work at Ashworth Mill is due to start in the coming weeks, and the brewery hopes to begin brewing there within a year. The family says there will be a final brew on the Quayside, and the first batch from the new site will be named after the founder, Josiah Pennock.</p>
<p>Sarah Pennock said the family had considered selling the business several times over the past decade, but always decided against it. "We've had offers," she said. "But this is a Northgate beer. It should be made in Northgate, by people from Northgate, next to the river it has always been next to."</p>
`,
    status: 'scheduled',
  },

  // ------------------------------------------------------------- science
  {
    slug: 'otters-breeding-on-the-river-wend-for-first-time-in-decades',
    title: 'Otters breeding on the River Wend for the first time in decades, survey finds',
    standfirst:
      "Camera traps set by university researchers and volunteers have recorded a female otter with two cubs inside the city, a sign of the river's long recovery from industrial pollution.",
    section: 'science',
    author: 'tomasz-nowak',
    tags: ['River Wend', 'Environment', 'Northgate University'],
    heroCaption: 'An illustration of an otter and her two cubs on a willow-lined bank of the River Wend.',
    body: `
<p>Otters are breeding on the River Wend for the first time in living memory, according to a survey by Northgate University and the Wend Rivers Trust.</p>
<p>Footage from camera traps placed along the riverbank shows a female otter with two cubs on an urban stretch of the river, less than two kilometres from the city centre. Researchers say it is the first confirmed evidence of otters breeding within the city boundary since local wildlife records began.</p>
<h2>A river transformed</h2>
<p>For much of the twentieth century, the Wend was one of the most polluted rivers in the region. Dye works, tanneries and cotton mills discharged waste directly into the water, and long stretches of the river through Northgate were considered biologically dead.</p>
<p>Dr Marianne Coles, a freshwater ecologist at Northgate University who led the survey, said the return of otters reflected decades of gradual improvement. "Otters sit at the top of the river food chain," she said. "They need clean water, plenty of fish and safe places along the bank to rest and raise young. If they're breeding here, it tells you a lot of things have gone right."</p>
<h2>How the survey worked</h2>
<p>The survey, carried out over 18 months, combined several methods:</p>
<ul>
<li>38 motion-activated cameras along a 12km stretch of river</li>
<li>monthly searches for spraint, or otter droppings, and footprints by trained volunteers</li>
<li>environmental DNA sampling, which detects traces of animals in water samples</li>
<li>fish surveys to measure the availability of prey</li>
</ul>
<p>More than 90 volunteers took part, many recruited through the trust's Riverwatch scheme. Spraint was found at 31 of the 44 sites checked, compared with just four sites in a similar survey a decade ago.</p>
<p>Analysis of the camera footage suggests that at least six adult otters are using the river within the city boundary.</p>
<blockquote><p>"Fifty years ago you'd have been mad to suggest there would be otters in the middle of Northgate. Now there's a family living a short walk from a tram stop." — Dr Marianne Coles, Northgate University</p></blockquote>
<h2>What brought them back</h2>
<p>Researchers point to a combination of factors: the closure of heavy industry, major upgrades to the city's sewage treatment works, and restoration projects that have replanted riverbanks and removed obstacles to fish migration.</p>
<p>Fish populations have rebounded strongly. Surveys now regularly record brown trout, eels and dace in the city centre, and salmon have been seen leaping the weir below Ashworth Mill in recent autumns.</p>
<p>Tom Ridley, director of the Wend Rivers Trust, said volunteers deserved much of the credit. "People have spent years pulling shopping trolleys out of this river and planting willows on its banks," he said. "This is their reward."</p>
<h2>Threats remain</h2>
<p>The researchers caution that the recovery is fragile. Storm overflows still discharge untreated sewage into the Wend during heavy rain, and the survey logged 47 overflow events last year. Road runoff, litter and disturbance from dogs along the towpath are also concerns.</p>
<p>Dr Coles said the location of the breeding site would not be made public in order to protect the animals. "Otters are tough, but a den is a vulnerable place," she said. "We'd ask people to enjoy the river, keep dogs on leads along the quieter stretches and resist the temptation to go looking."</p>
<h2>What happens next</h2>
<p>The university and the trust plan to continue monitoring for at least three more years, and will fit additional cameras along the Wend's tributaries. The findings will be shared with the council, which is drawing up a new plan for the river corridor, and with the water company responsible for the storm overflows.</p>
<p>The trust is also recruiting volunteers for its next Riverwatch season, with training sessions planned over the coming months.</p>
`,
  },
  {
    slug: 'seagrass-planted-in-northgate-harbour-shows-first-signs-of-spreading',
    title: 'Seagrass planted in Northgate harbour shows first signs of spreading',
    standfirst:
      'Two years after volunteers sowed seeds in the sheltered waters off Gull Point, divers have found the meadow growing beyond its original plots, raising hopes for a wider restoration.',
    section: 'science',
    author: 'priya-raman',
    tags: ['Harbour', 'Environment', 'Climate'],
    heroCaption: 'An illustration of a diver surveying a young seagrass meadow on the harbour floor off Gull Point.',
    body: `
<p>An experimental seagrass meadow planted in Northgate harbour has begun to spread on its own, in what scientists describe as an encouraging sign for efforts to restore the habitat along this stretch of coast.</p>
<p>Divers surveying the site off Gull Point, on the sheltered western side of the harbour, found seagrass growing up to four metres beyond the edges of the plots where seeds were sown two years ago. The planted area has grown from around 0.6 hectares to an estimated 0.9 hectares.</p>
<h2>Why seagrass matters</h2>
<p>Seagrass is a flowering plant that grows in shallow coastal waters, forming underwater meadows. Once common around the coast, it has declined dramatically over the past century because of disease, pollution, dredging and damage from boat moorings.</p>
<p>Dr Morwenna Price, a marine ecologist at Northgate University who leads the project, said the plant punched well above its weight. Healthy seagrass meadows:</p>
<ul>
<li>provide nursery habitat for young fish, including species caught commercially</li>
<li>store carbon in their roots and the sediment beneath them</li>
<li>help to stabilise the seabed and reduce erosion</li>
<li>filter nutrients and improve water clarity</li>
</ul>
<p>"It's not glamorous, and most people will never see it," she said. "But a healthy seagrass meadow is one of the most valuable habitats we have."</p>
<h2>How it was planted</h2>
<p>The project began with volunteers collecting seeds from one of the few remaining natural meadows further along the coast. The seeds were stored over winter in tanks at the university's marine station, then packed into small hessian bags filled with sediment and lowered by hand from boats onto the seabed.</p>
<p>In total, around 400,000 seeds were sown across six plots. Survival in the first year was patchy: two of the plots, in more exposed water, produced almost no plants. But the four sheltered plots have thrived.</p>
<blockquote><p>"The first year, we were diving and finding bare mud and wondering if we'd wasted everyone's time. Now there are fish sheltering in a meadow that wasn't there before." — Dr Morwenna Price, Northgate University</p></blockquote>
<h2>The harbour's role</h2>
<p>The project is a partnership between the university, the Northgate Harbour Company and local sailing and diving clubs. The harbour company has moved several moorings away from the site and installed a type of mooring that floats clear of the seabed rather than dragging chains across it.</p>
<p>Captain Rosalind Teague, the harbour master, said there was no conflict between a working port and a healthy one. "Gull Point was never a busy part of the harbour," she said. "Giving it over to seagrass costs us very little, and better water quality benefits the whole estuary."</p>
<p>Some environmental groups, however, have questioned how the restoration sits alongside the harbour company's plans to expand its container terminal at North Quay, which would involve reclaiming an area of tidal mudflat. The company says the two sites are on opposite sides of the harbour and that the expansion would not affect Gull Point.</p>
<h2>Measuring the carbon</h2>
<p>Researchers are also taking sediment cores to measure how much carbon the new meadow is storing. Early results suggest carbon levels in the sediment are higher inside the planted plots than in bare areas nearby, although Dr Price cautioned that it would take many years to build up significant stores.</p>
<p>"People sometimes talk about seagrass as if it were a quick climate fix," she said. "It isn't. It's a slow, patient habitat. The carbon benefits are real, but the bigger reason to do this is that we've lost so much of it."</p>
<h2>What happens next</h2>
<p>On the strength of the results, the team has secured funding to plant a further two hectares at three new sites around the harbour over the next three years. It will collect seeds again at the next harvest and is looking for volunteers to help with seed processing at the marine station.</p>
`,
  },
  {
    slug: 'air-pollution-fell-by-a-fifth-along-tram-corridor-study-finds',
    title: 'Air pollution fell by a fifth along tram corridor, university study finds',
    standfirst:
      'Researchers who tracked nitrogen dioxide before and after cars were removed from Market Street say their findings should shape plans for the tram extension to Eastbank.',
    section: 'science',
    author: 'amara-okafor',
    tags: ['Northgate University', 'Transport', 'Health', 'Tram line'],
    heroCaption: 'An illustration of a tram passing an air-quality monitoring station on a car-free Market Street.',
    body: `
<p>Levels of a harmful traffic pollutant fell by about a fifth along Northgate's central tram corridor after general traffic was removed from the route, according to a study by researchers at Northgate University.</p>
<p>The study, published in a peer-reviewed environmental journal this week, tracked concentrations of nitrogen dioxide, a gas produced mainly by diesel engines, at 42 monitoring points over five years. Market Street and Bridge Street were closed to private cars three years ago, leaving them to trams, buses, bicycles and pedestrians.</p>
<h2>The findings</h2>
<p>The researchers found that:</p>
<ul>
<li>average nitrogen dioxide levels on Market Street and Bridge Street fell by 21% compared with the two years before the change</li>
<li>levels on neighbouring streets, where some traffic was diverted, rose by an average of 4%</li>
<li>across the city centre as a whole, concentrations fell by around 9%</li>
<li>the number of monitoring points breaching the legal annual limit dropped from 11 to three</li>
</ul>
<p>Crucially, the team compared the results with similar streets elsewhere in the city, to separate the effect of the traffic changes from wider trends such as newer, cleaner vehicles and year-to-year differences in the weather.</p>
<p>"We know cars have been getting cleaner across the country, so some fall in pollution was always going to happen," said Dr Samuel Oduya, the study's lead author and an atmospheric scientist at the university. "What we've tried to do is isolate how much of the improvement came specifically from taking traffic off these streets. The answer is most of it."</p>
<h2>The displacement question</h2>
<p>The rise on neighbouring streets will be closely watched. Critics of the scheme argued at the time that closing Market Street would simply push traffic, and its fumes, onto residential roads such as Chapel Lane and Fenwick Street.</p>
<p>The study found that this did happen, but on a smaller scale than feared. Dr Oduya said the increases were "modest and, in most places, shrinking over time", suggesting that some drivers had changed their routes or stopped driving into the centre altogether.</p>
<p>Pauline Garner, who lives on Fenwick Street, was not convinced. "It's all very well saying it's only four per cent on average," she said. "Average doesn't help when the lorries are idling outside your window at rush hour."</p>
<h2>Why it matters for health</h2>
<p>Nitrogen dioxide inflames the airways and is linked to asthma, particularly in children, as well as to heart and lung disease.</p>
<p>Dr Alan Whitcombe, Northgate's director of public health, said the findings were "genuinely good news". He added: "Children who walk to school along Market Street are breathing noticeably cleaner air than they were five years ago. That's a real change in their lives, even if they will never notice it."</p>
<blockquote><p>"Trams don't have exhaust pipes. When you replace cars with them, the air changes, and now we can measure by how much." — Dr Samuel Oduya, Northgate University</p></blockquote>
<h2>Lessons for Eastbank</h2>
<p>The findings come as the council prepares to build the tram extension to Eastbank, which recently cleared its final planning hurdle. Unlike the city-centre scheme, the Eastbank line will share much of its route with general traffic on Eastbank Road. The researchers recommend that the council:</p>
<ol>
<li>installs air-quality monitors along Eastbank Road before construction begins, to establish a baseline</li>
<li>considers restricting through-traffic on the busiest sections once the tram opens</li>
<li>plans in advance for the roads likely to take diverted traffic</li>
</ol>
<p>Councillor Leila Haddad, the cabinet member for transport, said the council would "study the report carefully" and confirmed that monitoring equipment would be installed along the Eastbank route before work started.</p>
<h2>What happens next</h2>
<p>The university team plans to extend its monitoring network to Eastbank and to begin a parallel study of fine particulate pollution, which comes from brakes, tyres and road dust as well as exhausts, and is therefore not eliminated by electric vehicles. Initial results are expected next year.</p>
`,
  },
  {
    slug: 'tidal-turbine-trial-off-beacon-head-how-it-works-and-what-comes-next',
    title: 'Tidal turbine trial off Beacon Head: how it works and what comes next',
    standfirst:
      'A single 250-kilowatt turbine is being lowered into the fast-flowing channel at the harbour entrance this week. We explain the technology, the risks and why Northgate is testing it.',
    section: 'science',
    author: 'daniel-reyes',
    tags: ['Energy', 'Harbour', 'Climate', 'Northgate University'],
    heroCaption: 'An illustration of a three-bladed tidal turbine on the seabed beneath the channel off Beacon Head.',
    body: `
<p>A tidal energy turbine is being installed on the seabed off Beacon Head this week, in a two-year trial that could pave the way for a larger array generating electricity for thousands of Northgate homes.</p>
<p>The trial is being run by Northgate University's marine engineering group together with a consortium of local firms and the Northgate Harbour Company. Here is what it involves.</p>
<h2>What is being installed?</h2>
<p>The turbine looks a little like an underwater wind turbine: three blades, each around six metres long, mounted on a steel frame that sits on the seabed at a depth of about 25 metres. It is rated at 250 kilowatts, and over a year it is expected to generate roughly as much electricity as 200 homes use, although its output will rise and fall with the tide.</p>
<p>A cable running along the seabed will bring the power ashore at the old coastguard station on Beacon Head, where it will feed into the local grid.</p>
<h2>Why here?</h2>
<p>The channel between Beacon Head and the Skerry Rocks, at the entrance to Northgate harbour, funnels the tide through a narrow gap. At peak flow, the water moves at more than three metres per second, among the fastest tidal currents on this stretch of coast.</p>
<p>"Fast water is what you need," said Professor Declan Morrow, who leads the project. "The energy in a tidal current rises with the cube of its speed. Double the speed and you get eight times the power. That's why a handful of particular channels matter so much."</p>
<h2>How is tidal different from wind or solar?</h2>
<p>The big advantage is predictability. Tides are driven by the moon and the sun, so engineers can forecast output years in advance, almost to the minute. That makes tidal power easier to plan around than wind or solar, which depend on the weather.</p>
<p>The disadvantages are cost and difficulty. Building machines that survive for years in salt water, strong currents and storms is expensive, and tidal power currently costs several times more per unit than offshore wind.</p>
<blockquote><p>"The tide will come in and go out whether the wind is blowing or not. If we can make these machines cheap and tough enough, that reliability is worth a great deal." — Professor Declan Morrow, Northgate University</p></blockquote>
<h2>What will the trial test?</h2>
<p>Over two years, the team will measure:</p>
<ul>
<li>how much electricity the turbine generates across spring and neap tides and in different weather</li>
<li>wear and corrosion on the blades, bearings and frame</li>
<li>how often maintenance is needed and how easily it can be carried out</li>
<li>the behaviour of fish, seals and seabirds around the turbine</li>
<li>underwater noise levels</li>
</ul>
<p>The frame has been designed so that the whole unit can be lifted to the surface by a crane vessel in a single operation, without the need for divers. Cutting maintenance costs is widely seen as the key to making tidal energy commercially viable.</p>
<h2>What about wildlife and shipping?</h2>
<p>Environmental monitoring is a condition of the trial's marine licence. Underwater cameras and acoustic sensors will record how marine animals behave near the blades, which turn slowly, at around 15 revolutions per minute at full speed.</p>
<p>Captain Rosalind Teague, the harbour master, said the turbine sits outside the main shipping lane and is deep enough for vessels to pass safely overhead. A marker buoy will show its position.</p>
<p>Local fishermen were consulted on the location. Gary Penhale, who fishes for crab and lobster from the harbour, said he had been sceptical but was reassured. "They've kept it off the ground we use," he said. "If it works and it doesn't hurt the fishing, good luck to them."</p>
<h2>What happens next?</h2>
<p>If the trial goes well, the consortium hopes to apply for permission to install an array of up to 20 turbines in the channel, which could generate enough electricity for around 4,000 homes. Wendcell Energy, the university's battery spin-out, is in discussions about storing power generated at peak flow for use at slack water.</p>
<p>Professor Morrow is cautious about timescales. "Tidal energy has been ten years away for a very long time," he said. "We're not promising miracles. We're trying to get good data so that the next decision is based on evidence."</p>
`,
  },
  {
    slug: 'barrier-works-uncover-remains-of-17th-century-ship-at-mouth-of-wend',
    title: 'Barrier works uncover remains of 17th-century ship at the mouth of the Wend',
    standfirst:
      'Timbers found during dredging for the new tidal barrier are thought to belong to a merchant vessel from the 1600s. Archaeologists now have six weeks to record the wreck.',
    section: 'science',
    author: 'helena-lindqvist',
    tags: ['Harbour', 'Northgate University', 'River Wend'],
    heroCaption: 'An illustration of archaeologists recording the oak timbers of a wrecked merchant ship in the silt of the Wend.',
    body: `
<p>Workers preparing the riverbed for Northgate's new tidal barrier have uncovered the remains of a wooden ship that archaeologists believe sank at the mouth of the River Wend more than 350 years ago.</p>
<p>The timbers were spotted when a dredger brought up a section of oak planking fastened with wooden pegs. Divers and a survey vessel have since mapped a wreck site around 22 metres long, buried in silt close to the Ferry Steps side of the channel.</p>
<h2>A merchant ship from the 1600s</h2>
<p>Dr Katrin Holm, a maritime archaeologist at Northgate University, said early evidence pointed to a merchant vessel built in the 17th century.</p>
<p>"The construction technique, the shape of the hull and some of the objects we've recovered are all consistent with a ship from the middle of the 1600s," she said. "Tree-ring dating of the timbers should give us a much more precise answer within a few months."</p>
<p>Among the finds recovered so far are:</p>
<ul>
<li>fragments of glazed earthenware jugs, probably imported from across the sea</li>
<li>a pewter spoon and part of a brass candlestick</li>
<li>several barrel staves, some still marked with a merchant's symbol</li>
<li>a lead weight thought to have been used for sounding the depth of the water</li>
<li>a leather shoe, remarkably well preserved by the oxygen-free mud</li>
</ul>
<h2>Northgate's trading past</h2>
<p>Historians say the discovery offers a rare physical link to a period when Northgate was growing into a significant trading port, long before the mills and the container terminal. Records held at the city archive show that ships from the Wend carried wool, hides and salt fish, and returned with wine, timber and pottery.</p>
<p>Geoffrey Lark, the city archivist, is already combing the harbour records for losses at the river mouth. "There were a lot of wrecks on the bar at the mouth of the Wend," he said. "The channel shifted constantly and the pilots didn't always get it right. If we can match this ship to a name in the records, we may be able to tell the story of the people on board."</p>
<blockquote><p>"Every piece that comes out of the mud has been sealed away for three and a half centuries. We're the first people to see it since the day she went down." — Dr Katrin Holm, Northgate University</p></blockquote>
<h2>A race against time</h2>
<p>The discovery has created a headache for the barrier project. Dredging near the wreck has been halted, and the council has agreed to a six-week pause in that part of the channel while archaeologists record the site.</p>
<p>Dr Fiona Kerrigan, the barrier's lead engineer, said the delay could be absorbed without affecting the overall programme. "We always knew there was a chance of finding something in a river that's been used for this long," she said. "We built contingency in for exactly this."</p>
<p>The site will be recorded in detail using sonar and photogrammetry, a technique that combines thousands of photographs into a three-dimensional digital model. Archaeologists will then decide which parts of the ship can be lifted.</p>
<h3>Can the ship be saved?</h3>
<p>Raising an entire wooden wreck is rarely practical. Waterlogged timber begins to decay quickly once exposed to air, and must be kept wet and treated with preservatives for years before it can go on display. Dr Holm said it was more likely that selected timbers and objects would be recovered, with the rest of the hull either reburied in a protected location or fully recorded before removal.</p>
<h2>What happens next</h2>
<p>Objects recovered so far are being cleaned and stabilised at the university's conservation laboratory. The city museum has said it hopes to display some of the finds, and a public talk on the discovery is planned at the Harbour Institute in the coming weeks.</p>
<p>Residents of Pilot Row, who have watched the barrier works from their windows, are following the excavation closely. "We've been complaining about the noise," said Janet Pryor, who lives on the street. "But this is the most exciting thing that's happened round here for years."</p>
`,
  },
];
