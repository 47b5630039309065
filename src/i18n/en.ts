/**
 * Every string of the English edition. Each other edition's file (`es.ts`, `pt.ts`…) must have the
 * same keys (the type checker and a unit test both say so); a new language is one more file of this
 * shape.
 */
export const en = {
  languageName: 'English',
  site: {
    name: 'Peru migration profile',
    tagline:
      'Peruvians abroad, immigrants in Peru, transit, refugees and returns — every figure sourced and dated.',
    skipToContent: 'Skip to content',
    socialImageAlt: 'Peru migration profile: every figure sourced and dated.',
    nav: {
      label: 'Main',
      profile: 'Profile',
      countries: 'Countries',
      news: 'News',
      data: 'Data',
      sources: 'Sources and methods',
      search: 'Search',
    },
    /** The link to this edition from the others, in this edition's language. */
    readInThisLanguage: 'Read in English',
    /** The link to this edition from a page it has no version of: to its nearest page. */
    edition: 'English edition',
    footer:
      'Figures come from the sources listed on each page. Statements of the 2020 observatory page are kept as dated statements and labelled so.',
  },
  roles: {
    origin: 'Sending country',
    destination: 'Destination country',
    transit: 'Transit country',
    'refugee-host': 'Host country for refugees',
    'deportee-receiving': 'Country receiving deportees',
    context: 'Context',
  },
  fact: {
    about: 'about',
    moreThan: 'more than',
    source: 'Source',
    asStatedBy2020Page: 'As stated by the 2020 page',
    note: 'Note',
    notAvailable: 'Not available',
    year: (from: number, to?: number) => (to ? `${from}–${to}` : `${from}`),
    noLink: 'No link: the exact address is not confirmed.',
    edition: 'edition',
    via: 'Obtained via',
    licence: 'Licence',
  },
  profile: {
    title: 'Peru: a country of emigration, immigration, transit and refuge',
    description:
      "Peru's migration profile: Peruvians abroad and where they live, immigrants in Peru and where they come from, transit, refugees and asylum seekers, deportees received — the latest estimates, with their sources.",
    intro:
      'Peru sends, receives, shelters and sees people pass through. This profile leads each of those roles with the latest sourced estimate and how it has changed, then shows what the 2020 observatory page this site grew from said at the time.',
    headline: 'The latest figures, by role',
    onThisPage: 'On this page',
    tocHeadline: 'Latest figures',
    tocTrends: 'Trends',
    tocRevisions: 'How the estimates changed',
    tocMap: 'World map',
    tocNews: 'Latest news',
    latestNews: 'Latest news',
    allNews: 'All news',
  },
  headline: {
    emigrants: 'Peruvians living abroad',
    immigrants: 'Immigrants living in Peru',
    emigrantsText: (count: string, year: number) =>
      `In ${year}, ${count} people born in Peru lived in another country.`,
    immigrantsText: (count: string, year: number) =>
      `In ${year}, ${count} people born in another country lived in Peru.`,
    women: (share: string) => `${share} of them women`,
    change: (change: string, year: number, previous: string) => `${change} since ${year} (${previous})`,
    destinations: 'Where Peruvians abroad live',
    origins: 'Where immigrants in Peru were born',
    otherCountries: 'Other countries',
    otherOrUnknownOrigin: 'Other or unknown origin',
    abroad: 'Peruvian refugees and asylum seekers abroad',
    abroadText: (total: string, year: number) =>
      `At the end of ${year}, UNHCR counted ${total} people from Peru in need of international protection in other countries.`,
    hosted: 'People in need of international protection in Peru',
    hostedText: (total: string, year: number) =>
      `At the end of ${year}, UNHCR counted ${total} people in need of international protection in Peru, from every origin.`,
    largestOrigin: (share: string, country: string) => `${share} of them from ${country}`,
    categories: {
      refugees: 'Refugees',
      asylum_seekers: 'Asylum seekers',
      other_in_need_of_international_protection: 'Others in need of international protection',
    },
    notReported: 'not reported',
    /** UNHCR's groups that are not countries, as origins. */
    groups: { UNK: 'unknown origins', XXA: 'no country (stateless people)', TIB: 'Tibet' },
    said2020: 'What the 2020 page said',
  },
  charts: {
    title: 'Trends',
    numbers: 'The numbers of this chart',
    yearColumn: 'Year',
    stocksTitle: (from: number, to: number) => `Peruvians abroad and immigrants in Peru, ${from}–${to}`,
    stocksCaption: 'Mid-year estimates of people born in one country and living in another.',
    stocksCrossing: (year: number, immigrants: string, emigrants: string) =>
      `In ${year}, for the first time in these estimates, more people born abroad lived in Peru (${immigrants}) than people born in Peru lived abroad (${emigrants}).`,
    stocksLabel: (from: number, to: number, emigrants: string, immigrants: string) =>
      `Line chart, ${from} to ${to}. Peruvians abroad: ${emigrants}. Immigrants in Peru: ${immigrants}.`,
    emigrants: 'Peruvians abroad',
    immigrants: 'Immigrants in Peru',
    venezuelansTitle: (from: number, to: number) =>
      `People from Venezuela in need of international protection in Peru, ${from}–${to}`,
    venezuelansCaption:
      'End-year stocks, by the category UNHCR counts them in. UNHCR reports others in need of international protection from 2018 on.',
    venezuelansLabel: (from: number, to: number, first: string, last: string) =>
      `Stacked bar chart, ${from} to ${to}: from ${first} people in ${from} to ${last} in ${to}.`,
    bySexTitle: (year: number) =>
      `Where Peruvians abroad live and where immigrants in Peru were born, by sex, ${year}`,
    bySexCaption: 'The largest countries of each group, each group on its own scale; women first, then men.',
    bySexLabel: (what: string, rows: string) => `Bar chart. ${what}: ${rows}.`,
    women: 'Women',
    men: 'Men',
    total: 'Total',
    bySexRow: (name: string, count: string, women: string) => `${name} ${count} · ${women} women`,
  },
  revisions: {
    title: 'How the estimates changed',
    intro: (older: string, newer: string) =>
      `UN DESA revises its estimates of past years with each edition of International Migrant Stock. The ${newer} edition, which this page shows everywhere else, gives other figures than the ${older} edition for the same years; each figure stays tied to its edition.`,
    example: (
      year: number,
      older: string,
      newer: string,
      change: string,
      olderEdition: string,
      newerEdition: string,
    ) =>
      `For ${year}, the ${olderEdition} edition counted ${older} Peruvians abroad; the ${newerEdition} edition counts ${newer} (${change}).`,
    caption: 'World totals of each edition, for the years both give',
    edition: (edition: string) => `${edition} edition`,
    revision: 'Revision',
    downloads: 'Both editions, with their citations:',
  },
  news: {
    title: 'News archive',
    description: 'Dated news on migration in Peru, with their sources.',
    pageOf: (page: number, last: number) => `Page ${page} of ${last}`,
    previous: 'Newer',
    next: 'Older',
    pagination: 'News pages',
    sources: 'Sources',
    tags: 'Tags',
    countries: 'Countries concerned',
    /** The label of an item that exists only in another language, named by CLDR. */
    /** Beside a draft, on the dev server only (drafts are never published). */
    draft: 'Draft: not published',
    onlyIn: (language: string) => `In ${language} only`,
    noSourceLink: 'no link: address not confirmed',
    browse: 'Browse the archive',
    byTag: 'By tag',
    byCountry: 'By country',
    byYear: 'By year',
    tagTitle: (tag: string) => `News tagged “${tag}”`,
    countryTitle: (country: string) => `News about ${country}`,
    yearTitle: (year: string) => `News of ${year}`,
    itemCount: (count: number) => `${count} item${count === 1 ? '' : 's'}`,
    newsAbout: (count: number) => `${count} news item${count === 1 ? '' : 's'}`,
    browseHint: 'Find an item by year, tag or country below, or',
    searchLink: 'search the full text',
    feedTitle: 'Peru migration profile: news (RSS)',
    backToNews: 'All news',
  },
  sources: {
    title: 'Sources and methods',
    description: 'Every source of the figures on this site, and how the figures were derived.',
    listTitle: 'Sources',
    methodsTitle: 'How the figures were derived',
    usedBy: (count: number) => `${count} figure${count === 1 ? '' : 's'} on this site`,
    methods: [
      'Figures marked "As stated by the 2020 page" are the statements of the country page of the observatory «COVID-19 e (In)movilidad en las Américas» as it stood in late 2020. They are kept as dated statements, under each role after its latest figures; where a published dataset matches or contradicts them, a note says so.',
      "The latest figures, the trends, the map and the figures by sex are UN DESA's International Migrant Stock 2024 edition: mid-year estimates of people born in one country and living in another, for 1990, 1995 … 2020 and 2024, by sex. Shares are counts divided by the world total of the same direction and year; a change is from the previous estimate of the same edition.",
      "Each edition of UN DESA's estimates revises the past. The 2020 edition is kept as a dataset of its own and set beside the 2024 edition for the years both give; every figure stays tied to its edition.",
      "For immigrants, the countries UN DESA lists do not add up to the world total. The rest (UN DESA's «Others» in the 2024 edition, an unallocated remainder in the 2020 one) is shown as of other or unknown origin, never as a country.",
      'People in need of international protection are UNHCR end-year stocks in three categories: refugees, asylum seekers, and other people in need of international protection, which UNHCR reports from 2018 on (earlier years show "not reported"). Peru as host counts every origin; Peruvians abroad, every country of asylum. A change is from the year before.',
      'Counts are shown as published, without rounding; shares and changes are rounded to one decimal.',
    ],
  },
  notFound: {
    title: 'Page not found',
    body: 'This address does not lead to a page of the profile. It may have moved, or the link may be mistyped.',
    home: 'Go to the profile',
  },
  map: {
    title: 'Where Peruvians abroad live, and where immigrants in Peru come from',
    help: 'Hover over, tap or focus a country to read its figures. On the map, the arrow keys move from the largest figure to the smallest; Escape closes the details. The table below the map has the same figures.',
    controls: 'Map view',
    emigrants: 'Peruvians abroad',
    immigrants: 'Immigrants in Peru',
    emigrantsLong: 'Peruvians abroad, by country of residence',
    immigrantsLong: 'Immigrants in Peru, by country of birth',
    year: 'Year',
    people: 'people',
    ofTotal: 'of the total',
    legendTitle: 'People',
    fewerThan: 'Fewer than',
    orMore: 'or more',
    noData: 'No data',
    peru: 'Peru',
    noScript: (year: number) =>
      `The controls need JavaScript; without it the map and the table show ${year}.`,
    country: 'Country',
    share: 'Share',
    /** The table's column of the share of women, and the word after it in the tooltip. */
    womenColumn: 'Women',
    women: 'women',
    sortBy: (column: string) => `Sort by ${column}`,
    total: 'World total',
    notDrawn: 'not drawn at this scale',
    showing: (view: string, year: number | string, countries: number | string) =>
      `${view}, ${year}: ${countries} countries with data.`,
    mapLabel: (view: string, year: number | string) => `World map: ${view}, ${year}`,
    tableCaption: (view: string, year: number | string) => `${view}, ${year}`,
  },
  share: {
    copyLink: 'Copy link to this view',
    copied: 'Link copied: it reopens this view, year and country.',
    copyFailed: 'Could not copy: copy the address from the browser’s address bar.',
    embed: 'Embed',
    embedHelp:
      'Paste this code into a web page to show this figure there, with its source and a link back to the profile.',
    embedCode: (what: string) => `Code to embed: ${what}`,
    chartTitles: {
      'chart-stocks': 'Peruvians abroad and immigrants in Peru over time',
      'chart-venezuelans': 'People from Venezuela in need of international protection in Peru',
      'chart-by-sex': 'Main countries of destination and origin, by sex',
    },
    viewOnProfile: 'See it in the Peru migration profile',
  },
  data: {
    title: 'Data downloads',
    description:
      'Every dataset behind the map and the headline figures, as CSV and JSON, with sources and citations.',
    intro:
      'Each file is generated at every build from the same validated data the pages show. CSV files repeat the source, edition, year and licence on every row; JSON files give them once.',
    headlineFigures: {
      title: 'Figures and statements quoted by the profile',
      description:
        'Every figure and statement the profile quotes from a publication, with its role, year and its own source; statements of the 2020 page are marked. The figures the profile computes come from the tables above.',
    },
    rows: (count: string) => `${count} rows`,
    cite: 'Cite this dataset',
    citation: {
      retrievedThrough: (site: string, url: string) => `Retrieved through ${site}: ${url}`,
      quotedFigures: (site: string, url: string) =>
        `${site}. Figures and statements quoted by the profile, each with its own source: ${url}`,
    },
    download: 'Download',
    downloadData: 'Download this data',
    /** The world tables behind every country's profile: cited here, downloaded country by country. */
    worldTables: {
      title: 'The world tables behind every country’s profile',
      intro:
        'These tables cover every country. They are too large to download whole here: each country’s rows are downloaded from its profile, with the source on every row. Each table has its metadata and citation files.',
      byCountry: 'Each country’s rows: from its profile, in the index of countries',
    },
  },
  search: {
    title: 'Search the archive',
    description: 'Full-text search over the news archive and the profile.',
    label: 'Words to search for',
    submit: 'Search',
    results: (count: number, query: string) => `${count} result${count === 1 ? '' : 's'} for “${query}”`,
    none: (query: string) => `Nothing found for “${query}”. Try fewer or other words, or browse the archive.`,
    loading: 'Searching…',
    unavailable:
      'Search is not available here (the index is built with the site). Browse the archive instead.',
    noScript: 'Search needs JavaScript. Without it, browse the news by tag, country or year:',
  },
  freshness: {
    retrieved: (date: string) => `Data retrieved from the source on ${date}.`,
    notRecorded: "Retrieval date not recorded: these figures came with the site's first data.",
    editedSince: (date: string) => `Edited by hand after its last retrieval (${date}).`,
    editedNotRecorded: 'Edited by hand; the retrieval date is not recorded.',
    upstream: (copies: string) => `Read from ${copies}; the date it was retrieved is not recorded.`,
    commit: (repository: string, commits: string, count: number, date?: string) =>
      `${repository}, commit${count > 1 ? 's' : ''} ${commits}${date ? ` of ${date}` : ''}`,
  },
  /** The prompts of a new news item, as `npm run new:news` writes them (comments of its frontmatter). */
  newsScaffold: {
    title: ['The title, as readers will see it.'],
    date: [
      'The day the news happened or was reported, YYYY-MM-DD (a day that exists).',
      "It is set to today's date: change it to the day of the news.",
    ],
    dateOfOriginal: ['The day the news happened or was reported, YYYY-MM-DD: the same as the original.'],
    datePrecision: [
      'day; or month when only the month is known (the page then shows "November 2020", no day).',
    ],
    summary: ['One or two sentences shown in lists and feeds: replace this text.'],
    summaryValue: 'Summary: one or two sentences for lists and feeds.',
    tags: [
      'One or more tags of content/tags.yaml, the same in every language, such as [refugees, quito-process]',
      '(a new tag is added there first). A draft may have none yet.',
    ],
    tagsInUse: 'The tags:',
    tagsOfOriginal: ['Tags of content/tags.yaml: the same as the original.'],
    countries: [
      'The countries the item is about: ISO 3166-1 alpha-3 codes in capitals, such as PER, VEN, CHL.',
    ],
    countriesOfOriginal: [
      'ISO 3166-1 alpha-3 codes of the countries the item is about: the same as the original.',
    ],
    sources: [
      'Who published or reported the news, one entry per source, as readers should see it:',
      'replace the name.',
    ],
    sourceName: 'Source name (publisher, title)',
    sourceUrl:
      'url: https://…  only an address you have opened yourself; otherwise no url (never a guessed one).',
    lang: (lang: string) => [`The language of the item: must match its folder, content/news/${lang}/.`],
    translationOf: (example: string) => [
      'If this item translates another one, remove the # below and give its id: language/file-name,',
      `such as ${example}.`,
    ],
    translationOfGiven: ['The item this one translates: language/file-name.'],
    draft: [
      'true: shown by npm run dev only, never published. Set it to false when the item is ready: every',
      'text marked ✎ replaced (the check refuses an item to publish that still has one).',
    ],
    body: [
      'The text of the item, in Markdown: replace this paragraph. Say what happened, when, where and who',
      'reported it, and give every figure with its source.',
    ],
    mdxBody: [
      'This is an MDX file: to show a headline figure of the profile with its source, write',
      '`<ProfileFact id="seed-ptp-granted" />` on a line of its own (the ids are the keys of',
      '`content/profile/facts.yaml`). An item that needs no component should be a `.md` file.',
    ],
  },
  dataNote: 'Data note',
  otherOrUnknown: 'Other or unknown',
  cite: {
    profileTitle: 'Cite this profile',
    profile: (site: string, year: number | string, title: string, url: string) =>
      `${site} (${year}). ${title}. ${url}`,
    files: 'Citation files for reference managers (in English):',
    bibtex: 'BibTeX (.bib)',
    ris: 'RIS (.ris)',
    metadata: 'Metadata (JSON)',
    redistribution: (publisher: string) =>
      `These files redistribute figures published by ${publisher}: cite their publication too.`,
    fileNote: (publisher: string, publication: string) =>
      `A redistribution of figures published by ${publisher}: ${publication}. Cite their publication too.`,
  },
  /** Pictures to download: the map and each chart as SVG and PNG files, drawn at build time. */
  pictures: {
    title: 'Pictures of the map and the charts',
    intro:
      'The map (each view, latest year) and each chart of the profile as pictures to put in an article or a report, with their title, legend and source drawn in: SVG to scale without loss, PNG to paste anywhere. Each carries this site’s address.',
    download: 'Download',
    /** A link's accessible name: the format, then which picture. */
    linkLabel: (format: string, picture: string) => `Download ${format}: ${picture}`,
    /** The line at the bottom of every picture: where it was published. */
    publishedBy: (site: string, address: string) => `${site} · ${address}`,
  },
  countries: {
    /** The address of the list of countries and of each profile in this edition: `countries/<slug>/`. */
    section: 'countries',
    indexTitle: 'Migration profiles of every country',
    indexDescription:
      'A data profile of every country and area: emigrants, immigrants and net migration from UN DESA, people in need of international protection from UNHCR, remittances from the World Bank, the northbound route and removals from the US, a world map and downloads, each figure with its source.',
    indexIntro:
      'Each profile shows the same figures, computed the same way from the same tables, each with its source. Find a country on the map or in the list below, grouped by UN M49 region.',
    filterLabel: 'Find a country',
    filterCount: (shown: number | string, total: number | string) =>
      `${shown} of ${total} countries and areas shown.`,
    regions: 'Regions',
    noRegion: 'Not in an M49 region',
    regionSource: 'Regions: the UN M49 standard.',
    title: (name: string) => `${name}: migration in figures`,
    description: (name: string) =>
      `${name}, migration profile: people born in the country living abroad, immigrants living in it, net migration, remittances, people in need of international protection, the northbound route and removals from the US, a world map and downloads, with their sources.`,
    intro: (name: string) =>
      `${name}: a data profile computed from the tables of UN DESA, UNHCR, the World Bank, Panama and the US, as every country’s profile on this site is. Every figure carries its source, edition and year.`,
    peruProfile: 'Peru’s full profile, with its history, news and the 2020 page’s statements',
    allCountries: 'All countries',
    countriesData:
      'Every country’s figures, from the world tables listed below, are downloadable from its profile, country by country:',
    noData: (name: string) =>
      `${name}: UN DESA’s migrant stock tables and UNHCR’s population table have no rows for this place, so this site has no figure for it.`,
    noStocks: (name: string) => `${name}: UN DESA’s migrant stock tables have no rows for this place.`,
    noProtection: (name: string) => `${name}: UNHCR’s population table has no rows for this place.`,
    stocksTitle: 'Emigrants and immigrants',
    protectionTitle: 'People in need of international protection',
    headline: (name: string) => ({
      emigrants: 'People born in the country living abroad',
      immigrants: 'Immigrants living in the country',
      emigrantsText: (count: string, year: number) =>
        `${name}, ${year}: ${count} people born in the country lived in another one.`,
      immigrantsText: (count: string, year: number) =>
        `${name}, ${year}: ${count} people born in another country lived in it.`,
      destinations: 'Where people born in the country live abroad',
      origins: 'Where its immigrants were born',
      abroad: 'People from the country in need of international protection abroad',
      abroadText: (total: string, year: number) =>
        `${name}, end of ${year}: UNHCR counted ${total} people from the country in need of international protection in other countries.`,
      hosted: 'People in need of international protection in the country',
      hostedText: (total: string, year: number) =>
        `${name}, end of ${year}: UNHCR counted ${total} people in need of international protection in the country, from every origin.`,
    }),
    chart: (name: string) => ({
      title: (from: number, to: number) => `${name}: emigrants and immigrants, ${from}–${to}`,
      label: (from: number, to: number, emigrants: string, immigrants: string) =>
        `Line chart, ${name}, ${from} to ${to}. Born in the country, living abroad: ${emigrants}. Immigrants: ${immigrants}.`,
      emigrants: 'Born in the country, living abroad',
      immigrants: 'Immigrants in the country',
    }),
    map: (name: string) => ({
      title: `${name}: where its emigrants live and where its immigrants come from`,
      emigrants: 'Born in the country, abroad',
      immigrants: 'Immigrants in the country',
      emigrantsLong: `${name}: people born in the country living abroad, by country of residence`,
      immigrantsLong: `${name}: immigrants, by country of birth`,
      home: name,
    }),
    downloadsTitle: 'Download this country’s data',
    downloadsText:
      'Its rows of UN DESA’s corridors, in the shape of the Peru table (both directions, every year, WLD totals, XXX for UN DESA’s «Others»), its rows of UNHCR’s population table, and its rows of the five flow tables (net migration, remittances, the Darién, the US border, removals) one figure per row, with the source on every row. The files are in English.',
    stocksFile: 'Emigrants and immigrants, by country and sex (CSV)',
    protectionFile: 'UNHCR, as host and as origin (CSV)',
    profileLink: 'Country profile',
    citeTitle: 'Cite these figures',
    /** The headings of a country profile's flow sections, and the link to them. */
    netMigrationTitle: 'Net migration',
    remittancesTitle: 'Remittances',
    northboundTitle: 'The northbound route: the Darién and the US border',
    removalsTitle: 'Removals from the United States',
    flowsFile: 'Net migration, remittances, the northbound route and removals (CSV)',
    /** The map of the index: each country's net migration rate, each country a link to its profile. */
    rateMap: {
      title: (year: number) => `Net migration by country, ${year}`,
      help: 'Hover over or focus a country to read its figure; click, tap or press Enter to open its profile. On the map, the arrow keys move from the highest rate to the lowest.',
      label: (year: number) =>
        `World map of net migration per 1,000 inhabitants, ${year}: each country opens its profile`,
      country: (name: string, rate: string, net: string, year: number) =>
        `${name}: ${rate} per 1,000 inhabitants (${net} people), ${year}`,
      noData: (name: string) => `${name}: no figure`,
      legendTitle: 'Net migrants per 1,000 inhabitants (negative: more departures than arrivals)',
      below: (edge: string) => `below ${edge}`,
      between: (from: string, to: string) => `${from} to ${to}`,
      above: (edge: string) => `${edge} or more`,
      noDataLegend: 'No figure',
      numbers: 'Every country’s figure',
      caption: (year: number) => `Net migration by country, ${year}, highest rate first`,
      countryColumn: 'Country',
      rateColumn: 'Per 1,000 inhabitants',
      netColumn: 'Net migrants',
    },
  },
  /**
   * The flow figures and their charts: net migration (UN DESA), remittances (World Bank), the
   * northbound route (Panama's Darién figures, US CBP's encounters) and removals from the US (US ICE),
   * in words naming the country (`name`, its CLDR name).
   */
  flows: {
    fiscalYear: (year: number) => `FY${year}`,
    fiscalYearLong: (year: number) => `Fiscal year ${year}`,
    /** The months a partial period has: a run from its start, or those it lacks. */
    monthsRun: (first: string, last: string) => `${first}–${last} only`,
    monthsMissing: (months: string) => `no figures for ${months}`,
    change: (change: string, period: string, previous: string) => `${change} since ${period} (${previous})`,
    sinceThen: (period: string, coverage: string, count: string) =>
      `${period} so far (${coverage}): ${count}`,
    peak: (count: string, period: string) => `The most in one year: ${count} in ${period}.`,
    period: 'Period',
    months: 'Months',
    notReported: 'not reported',
    usd: (millions: string) => `US$${millions} million`,
    netMigration: {
      label: 'Net migration (arrivals minus departures)',
      arrivals: (name: string, count: string, year: number) =>
        `${name}, ${year}: ${count} more people arrived than left, by UN DESA’s estimate.`,
      departures: (name: string, count: string, year: number) =>
        `${name}, ${year}: ${count} more people left than arrived, by UN DESA’s estimate.`,
      balanced: (name: string, year: number) =>
        `${name}, ${year}: as many people arrived as left, by UN DESA’s estimate.`,
      rate: (rate: string) => `${rate} per 1,000 inhabitants`,
      previous: (year: number, value: string) => `${year}: ${value}`,
      sinceArrivals: (year: number) => `More arrivals than departures every year since ${year}`,
      sinceDepartures: (year: number) => `More departures than arrivals every year since ${year}`,
      extreme: (value: string, year: number) => `the largest balance of those years: ${value} in ${year}`,
      modelled: (from: number, to: number) =>
        `These are modelled estimates, not counts; those for ${from}–${to} are the most provisional.`,
      chartTitle: (name: string, from: number, to: number) => `${name}: net migration, ${from}–${to}`,
      chartCaption:
        'People who moved in minus people who moved out, each year; below zero, more left than arrived.',
      chartLabel: (name: string, from: number, to: number, first: string, last: string) =>
        `Column chart, ${name}: net migration, ${from} to ${to}: ${first} in ${from}, ${last} in ${to}.`,
      legend: { positive: 'More arrivals', negative: 'More departures', marked: 'Most provisional' },
      netColumn: 'Net migrants',
      rateColumn: 'Per 1,000 inhabitants',
      none: (name: string) => `${name}: no net migration in UN DESA’s World Population Prospects.`,
    },
    remittances: {
      received: 'Personal remittances received',
      receivedText: (name: string, amount: string, year: number) =>
        `${name}, ${year}: ${amount} received in personal remittances from abroad.`,
      shareOfGdp: (share: string) => `That is ${share} of its GDP.`,
      paid: 'Personal remittances paid abroad',
      paidText: (name: string, amount: string, year: number) =>
        `${name}, ${year}: ${amount} sent abroad in personal remittances.`,
      zeros: (flows: string) =>
        `The World Bank publishes 0 for ${flows}: shown as not reported, since its data does not tell a true zero from a missing report.`,
      zeroReceived: (years: string) => `remittances received in ${years}`,
      zeroPaid: (years: string) => `remittances paid in ${years}`,
      chartTitle: {
        received: (name: string, from: number, to: number) =>
          `${name}: personal remittances received, ${from}–${to}`,
        paid: (name: string, from: number, to: number) =>
          `${name}: personal remittances paid abroad, ${from}–${to}`,
      },
      chartCaption: 'Current US dollars, not adjusted for inflation. A year without a column: not reported.',
      chartLabel: {
        received: (name: string, from: number, to: number, first: string, last: string) =>
          `Column chart, ${name}: personal remittances received, ${from} to ${to}: ${first} in ${from}, ${last} in ${to}.`,
        paid: (name: string, from: number, to: number, first: string, last: string) =>
          `Column chart, ${name}: personal remittances paid abroad, ${from} to ${to}: ${first} in ${from}, ${last} in ${to}.`,
      },
      legend: { received: { positive: 'Received' }, paid: { positive: 'Paid abroad' } },
      receivedColumn: 'Received (US$ million)',
      shareColumn: 'Share of GDP',
      paidColumn: 'Paid abroad (US$ million)',
      none: (name: string) => `${name}: no personal remittances reported by the World Bank.`,
    },
    darien: {
      all: 'People who crossed the Darién into Panama, every nationality',
      allText: (count: string, year: number) =>
        `In ${year}, Panama registered ${count} people of every nationality after they crossed the Darién jungle from Colombia.`,
      nationals: (name: string) => `${name}: people who crossed the Darién`,
      nationalsText: (count: string, year: number, total: string, share: string) =>
        `${year}: Panama registered ${count} people of this nationality after they crossed the Darién, ${share} of the ${total} of every nationality.`,
      chartTitle: (from: number, to: number) => `People who crossed the Darién into Panama, ${from}–${to}`,
      chartTitleNationals: (name: string, from: number, to: number) =>
        `${name}: people who crossed the Darién into Panama, ${from}–${to}`,
      chartCaption:
        'People registered by Panama’s migration service after crossing from Colombia, by year. Hatched: a year with months missing.',
      chartLabel: (what: string, from: number, to: number, peak: string, peakYear: number) =>
        `Column chart of ${what}, ${from} to ${to}; the most in one year: ${peak} in ${peakYear}.`,
      legend: { positive: 'Whole year', marked: 'Months missing' },
      allColumn: 'Every nationality',
      nationalsColumn: (name: string) => name,
      shareColumn: 'Share',
      none: (name: string) => `${name}: no one registered in Panama’s Darién figures, 2010 – April 2025.`,
    },
    encounters: {
      label: (name: string) => `${name}: encounters at the US southwest border`,
      text: (count: string, year: string) =>
        `${year}: US Customs and Border Protection recorded ${count} encounters with citizens of this country at the southwest land border.`,
      events: 'Encounters are events, not people: one person can be encountered more than once.',
      chartTitle: (name: string, from: number, to: number) =>
        `${name}: encounters with its citizens at the US southwest border, fiscal years ${from}–${to}`,
      chartCaption:
        'US fiscal years, October to September. Hatched: a year with months missing (fiscal year 2025: October to May).',
      chartLabel: (name: string, from: number, to: number, peak: string, peakYear: number) =>
        `Column chart, ${name}: encounters with its citizens at the US southwest border, fiscal years ${from} to ${to}; the most: ${peak} in fiscal year ${peakYear}.`,
      legend: { positive: 'Whole fiscal year', marked: 'Months missing' },
      column: 'Encounters',
      none: (name: string) =>
        `${name}: not among the 21 citizenships US CBP counts apart at the southwest border; its citizens are among its «other» citizenships.`,
    },
    transit: {
      noCount:
        'No source counts the people in transit through Peru itself. These figures count the northbound route where it crosses a border that keeps records: the Darién, between Colombia and Panama, and the US southwest border.',
    },
    removals: {
      label: (name: string) => `${name}: citizens removed from the United States`,
      text: (count: string, year: string) =>
        `${year}: US Immigration and Customs Enforcement removed ${count} citizens of this country.`,
      chartTitle: (name: string, from: number, to: number) =>
        `${name}: citizens removed from the United States, fiscal years ${from}–${to}`,
      chartCaption: 'US fiscal years, October to September, as ICE’s yearly reports print them.',
      chartLabel: (name: string, from: number, to: number, peak: string, peakYear: number) =>
        `Column chart, ${name}: citizens removed from the United States, fiscal years ${from} to ${to}; the most: ${peak} in fiscal year ${peakYear}.`,
      whatCounts:
        'ICE counts as removals the people it moved out of the country, returns included; a removal confirmed after its books close on 5 October counts in the next fiscal year.',
      legend: { positive: 'Removals' },
      column: 'Removals',
      none: (name: string) => `${name}: no removals in ICE’s reports, fiscal years 2014–2024.`,
    },
  },
} as const;

/** The shape every language's strings must have: same keys, same kinds of values. */
export type Strings = Widen<typeof en>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly string[]
      ? readonly string[]
      : { readonly [K in keyof T]: Widen<T[K]> };
