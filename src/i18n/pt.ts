/** Every string of the Portuguese edition (Brazilian usage); its shape is checked against `en.ts`. */
import type { Strings } from './en.ts';

export const pt: Strings = {
  languageName: 'Português',
  site: {
    name: 'Perfil migratório do Peru',
    tagline:
      'Peruanos no exterior, imigrantes no Peru, trânsito, refúgio e retornos: cada número com sua fonte e sua data.',
    skipToContent: 'Pular para o conteúdo',
    socialImageAlt: 'Perfil migratório do Peru: cada número com sua fonte e sua data.',
    nav: {
      label: 'Principal',
      profile: 'Perfil',
      countries: 'Países',
      news: 'Notícias',
      data: 'Dados',
      sources: 'Fontes e métodos',
      search: 'Buscar',
    },
    /** The link to this edition from the others, in this edition's language. */
    readInThisLanguage: 'Ler em português',
    /** The link to this edition from a page it has no version of: to its nearest page. */
    edition: 'Edição em português',
    footer:
      'Os números vêm das fontes indicadas em cada página. As afirmações da página do observatório de 2020 são mantidas como afirmações datadas e indicadas como tais.',
  },
  roles: {
    origin: 'País de origem',
    destination: 'País de destino',
    transit: 'País de trânsito',
    'refugee-host': 'País de acolhida de refugiados',
    'deportee-receiving': 'País receptor de deportados',
    context: 'Contexto',
  },
  fact: {
    about: 'cerca de',
    moreThan: 'mais de',
    source: 'Fonte',
    asStatedBy2020Page: 'Segundo a página de 2020',
    note: 'Nota',
    notAvailable: 'Não disponível',
    year: (from: number, to?: number) => (to ? `${from}–${to}` : `${from}`),
    noLink: 'Sem link: o endereço exato não está confirmado.',
    edition: 'edição',
    via: 'Obtido por meio de',
    licence: 'Licença',
  },
  profile: {
    title: 'Peru: país de emigração, imigração, trânsito e refúgio',
    description:
      'Perfil migratório do Peru: os peruanos no exterior e onde vivem, os imigrantes no Peru e de onde vêm, o trânsito, os refugiados e solicitantes de refúgio, os deportados recebidos — as estimativas mais recentes, com suas fontes.',
    intro:
      'O Peru envia, recebe, acolhe e vê passar pessoas. Este perfil abre cada um desses papéis com a estimativa mais recente, com fonte, e como ela mudou; depois mostra o que dizia na época a página do observatório de 2020 da qual este site nasceu.',
    headline: 'Os números mais recentes, por papel',
    onThisPage: 'Nesta página',
    tocHeadline: 'Números mais recentes',
    tocTrends: 'Tendências',
    tocRevisions: 'Como as estimativas mudaram',
    tocMap: 'Mapa-múndi',
    tocNews: 'Últimas notícias',
    latestNews: 'Últimas notícias',
    allNews: 'Todas as notícias',
  },
  headline: {
    emigrants: 'Peruanos que vivem no exterior',
    immigrants: 'Imigrantes que vivem no Peru',
    emigrantsText: (count: string, year: number) =>
      `Em ${year}, ${count} pessoas nascidas no Peru viviam em outro país.`,
    immigrantsText: (count: string, year: number) =>
      `Em ${year}, ${count} pessoas nascidas em outro país viviam no Peru.`,
    women: (share: string) => `${share} delas eram mulheres`,
    change: (change: string, year: number, previous: string) => `${change} desde ${year} (${previous})`,
    destinations: 'Onde vivem os peruanos no exterior',
    origins: 'Onde nasceram os imigrantes no Peru',
    otherCountries: 'Outros países',
    otherOrUnknownOrigin: 'Outra origem ou origem desconhecida',
    abroad: 'Refugiados e solicitantes de refúgio peruanos no exterior',
    abroadText: (total: string, year: number) =>
      `No fim de ${year}, o ACNUR contava ${total} pessoas do Peru com necessidade de proteção internacional em outros países.`,
    hosted: 'Pessoas com necessidade de proteção internacional no Peru',
    hostedText: (total: string, year: number) =>
      `No fim de ${year}, o ACNUR contava ${total} pessoas com necessidade de proteção internacional no Peru, de todas as origens.`,
    // Portuguese names a country with an article (“da Venezuela”, “do Chile”) that CLDR's names lack:
    // after a colon, none is needed.
    largestOrigin: (share: string, country: string) => `Principal origem: ${country}, ${share} delas`,
    categories: {
      refugees: 'Refugiados',
      asylum_seekers: 'Solicitantes de refúgio',
      other_in_need_of_international_protection: 'Outras pessoas com necessidade de proteção internacional',
    },
    notReported: 'sem dado',
    /** UNHCR's groups that are not countries, as origins. */
    groups: { UNK: 'origem desconhecida', XXA: 'nenhum país (pessoas apátridas)', TIB: 'Tibete' },
    said2020: 'O que dizia a página de 2020',
  },
  charts: {
    title: 'Tendências',
    numbers: 'Os números deste gráfico',
    yearColumn: 'Ano',
    stocksTitle: (from: number, to: number) => `Peruanos no exterior e imigrantes no Peru, ${from}–${to}`,
    stocksCaption: 'Estimativas de meados do ano das pessoas nascidas em um país que vivem em outro.',
    stocksCrossing: (year: number, immigrants: string, emigrants: string) =>
      `Em ${year}, pela primeira vez nestas estimativas, viviam no Peru mais pessoas nascidas no exterior (${immigrants}) do que peruanos no exterior (${emigrants}).`,
    stocksLabel: (from: number, to: number, emigrants: string, immigrants: string) =>
      `Gráfico de linhas, de ${from} a ${to}. Peruanos no exterior: ${emigrants}. Imigrantes no Peru: ${immigrants}.`,
    emigrants: 'Peruanos no exterior',
    immigrants: 'Imigrantes no Peru',
    venezuelansTitle: (from: number, to: number) =>
      `Pessoas da Venezuela com necessidade de proteção internacional no Peru, ${from}–${to}`,
    venezuelansCaption:
      'Estoques no fim de cada ano, segundo a categoria em que o ACNUR as conta. O ACNUR informa as outras pessoas com necessidade de proteção internacional a partir de 2018.',
    venezuelansLabel: (from: number, to: number, first: string, last: string) =>
      `Gráfico de barras empilhadas, de ${from} a ${to}: de ${first} pessoas em ${from} a ${last} em ${to}.`,
    bySexTitle: (year: number) =>
      `Onde vivem os peruanos no exterior e onde nasceram os imigrantes no Peru, por sexo, ${year}`,
    bySexCaption:
      'Os países com mais pessoas de cada grupo, cada grupo em sua própria escala; primeiro as mulheres, depois os homens.',
    bySexLabel: (what: string, rows: string) => `Gráfico de barras. ${what}: ${rows}.`,
    women: 'Mulheres',
    men: 'Homens',
    total: 'Total',
    bySexRow: (name: string, count: string, women: string) => `${name} ${count} · ${women} mulheres`,
  },
  revisions: {
    title: 'Como as estimativas mudaram',
    intro: (older: string, newer: string) =>
      `O UN DESA revisa suas estimativas de anos anteriores a cada edição do International Migrant Stock. A edição ${newer}, que esta página mostra em todo o resto, traz para os mesmos anos números diferentes dos da edição ${older}; cada número permanece ligado à sua edição.`,
    example: (
      year: number,
      older: string,
      newer: string,
      change: string,
      olderEdition: string,
      newerEdition: string,
    ) =>
      `Para ${year}, a edição ${olderEdition} contava ${older} peruanos no exterior; a edição ${newerEdition} conta ${newer} (${change}).`,
    caption: 'Totais mundiais de cada edição, para os anos que ambas trazem',
    edition: (edition: string) => `Edição ${edition}`,
    revision: 'Revisão',
    downloads: 'As duas edições, com suas citações:',
  },
  news: {
    title: 'Arquivo de notícias',
    description: 'Notícias datadas sobre a migração no Peru, com suas fontes.',
    pageOf: (page: number, last: number) => `Página ${page} de ${last}`,
    previous: 'Mais recentes',
    next: 'Mais antigas',
    pagination: 'Páginas de notícias',
    sources: 'Fontes',
    tags: 'Marcadores',
    countries: 'Países envolvidos',
    /** The label of an item that exists only in another language, named by CLDR. */
    draft: 'Rascunho: não publicado',
    onlyIn: (language: string) => `Só em ${language}`,
    noSourceLink: 'sem link: endereço não confirmado',
    browse: 'Navegar pelo arquivo',
    byTag: 'Por marcador',
    byCountry: 'Por país',
    byYear: 'Por ano',
    tagTitle: (tag: string) => `Notícias com o marcador “${tag}”`,
    countryTitle: (country: string) => `Notícias por país: ${country}`,
    yearTitle: (year: string) => `Notícias de ${year}`,
    itemCount: (count: number) => `${count} notícia${count === 1 ? '' : 's'}`,
    newsAbout: (count: number) => `${count} notícia${count === 1 ? '' : 's'}`,
    browseHint: 'Encontre uma notícia por ano, marcador ou país mais abaixo, ou',
    searchLink: 'pesquise no texto completo',
    feedTitle: 'Perfil migratório do Peru: notícias (RSS)',
    backToNews: 'Todas as notícias',
  },
  sources: {
    title: 'Fontes e métodos',
    description: 'Todas as fontes dos números deste site e como os números foram obtidos.',
    listTitle: 'Fontes',
    methodsTitle: 'Como os números foram obtidos',
    usedBy: (count: number) => `${count} ${count === 1 ? 'número' : 'números'} neste site`,
    methods: [
      'Os números marcados “Segundo a página de 2020” são as afirmações da página do Peru do observatório «COVID-19 e (In)movilidad en las Américas» tal como estava no fim de 2020. São mantidos como afirmações datadas, em cada papel depois dos números mais recentes; onde um conjunto de dados publicado os confirma ou os contradiz, uma nota o diz.',
      'Os números mais recentes, as tendências, o mapa e os números por sexo são da edição 2024 do International Migrant Stock do UN DESA: estimativas de meados do ano das pessoas nascidas em um país que vivem em outro, para 1990, 1995 … 2020 e 2024, por sexo. As porcentagens são o número dividido pelo total mundial da mesma direção e do mesmo ano; uma variação é medida em relação à estimativa anterior da mesma edição.',
      'Cada edição das estimativas do UN DESA revisa o passado. A edição 2020 é mantida como um conjunto de dados próprio e colocada ao lado da edição 2024 para os anos que ambas trazem; cada número permanece ligado à sua edição.',
      'Para os imigrantes, os países que o UN DESA lista não somam o total mundial. O restante («Others» do UN DESA na edição 2024, um resíduo não atribuído na de 2020) é mostrado como de outra origem ou de origem desconhecida, nunca como um país.',
      'As pessoas com necessidade de proteção internacional são estoques do ACNUR no fim de cada ano, em três categorias: refugiados, solicitantes de refúgio e outras pessoas com necessidade de proteção internacional, que o ACNUR informa a partir de 2018 (os anos anteriores mostram “sem dado”). O Peru como país de acolhida conta todas as origens; os peruanos no exterior, todos os países de asilo. Uma variação é medida em relação ao ano anterior.',
      'Os números são mostrados tal como foram publicados, sem arredondamento; as porcentagens e as variações são arredondadas a uma casa decimal.',
    ],
  },
  notFound: {
    title: 'Página não encontrada',
    body: 'Este endereço não leva a nenhuma página do perfil. Ela pode ter sido movida, ou o link pode estar digitado errado.',
    home: 'Ir para o perfil',
  },
  map: {
    title: 'Onde vivem os peruanos no exterior e de onde vêm os imigrantes no Peru',
    help: 'Passe o ponteiro sobre um país, toque nele ou coloque o foco nele para ler seus números. No mapa, as setas do teclado vão do maior número ao menor; Esc fecha os detalhes. A tabela abaixo do mapa tem os mesmos números.',
    controls: 'Visualização do mapa',
    emigrants: 'Peruanos no exterior',
    immigrants: 'Imigrantes no Peru',
    emigrantsLong: 'Peruanos no exterior, por país de residência',
    immigrantsLong: 'Imigrantes no Peru, por país de nascimento',
    year: 'Ano',
    people: 'pessoas',
    ofTotal: 'do total',
    legendTitle: 'Pessoas',
    fewerThan: 'Menos de',
    orMore: 'ou mais',
    noData: 'Sem dados',
    peru: 'Peru',
    noScript: (year: number) =>
      `Os controles precisam de JavaScript; sem ele, o mapa e a tabela mostram ${year}.`,
    country: 'País',
    share: 'Porcentagem',
    /** The table's column of the share of women, and the word after it in the tooltip. */
    womenColumn: 'Mulheres',
    women: 'mulheres',
    sortBy: (column: string) => `Ordenar por ${column}`,
    total: 'Total mundial',
    notDrawn: 'não desenhado nesta escala',
    showing: (view: string, year: number | string, countries: number | string) =>
      `${view}, ${year}: ${countries} países com dados.`,
    mapLabel: (view: string, year: number | string) => `Mapa-múndi: ${view}, ${year}`,
    tableCaption: (view: string, year: number | string) => `${view}, ${year}`,
  },
  share: {
    copyLink: 'Copiar o link desta visualização',
    copied: 'Link copiado: ele abre esta mesma visualização, ano e país.',
    copyFailed: 'Não foi possível copiar: copie o endereço na barra do navegador.',
    embed: 'Incorporar',
    embedHelp:
      'Cole este código em uma página da web para mostrar esta figura lá, com a fonte e um link para o perfil.',
    embedCode: (what: string) => `Código para incorporar: ${what}`,
    chartTitles: {
      'chart-stocks': 'Peruanos no exterior e imigrantes no Peru ao longo do tempo',
      'chart-venezuelans': 'Pessoas da Venezuela com necessidade de proteção internacional no Peru',
      'chart-by-sex': 'Principais países de destino e de origem, por sexo',
    },
    viewOnProfile: 'Ver no perfil migratório do Peru',
  },
  data: {
    title: 'Download de dados',
    description:
      'Todos os dados por trás do mapa e dos números principais, em CSV e JSON, com fontes e citações.',
    intro:
      'Cada arquivo é gerado a cada compilação a partir dos mesmos dados validados que as páginas mostram. Os CSV repetem a fonte, a edição, o ano e a licença em cada linha; os JSON os dão uma vez. Os nomes das colunas e os textos dos arquivos estão em inglês.',
    headlineFigures: {
      title: 'Números e afirmações que o perfil cita',
      description:
        'Cada número e cada afirmação que o perfil cita de uma publicação, com seu papel, seu ano e sua própria fonte; as afirmações da página de 2020 estão indicadas. Os números que o perfil calcula vêm das tabelas acima.',
    },
    rows: (count: string) => `${count} linhas`,
    cite: 'Como citar estes dados',
    citation: {
      retrievedThrough: (site: string, url: string) => `Obtido por meio do ${site}: ${url}`,
      quotedFigures: (site: string, url: string) =>
        `${site}. Números e afirmações que o perfil cita, cada um com sua própria fonte: ${url}`,
    },
    download: 'Baixar',
    downloadData: 'Baixar estes dados',
    worldTables: {
      title: 'As tabelas mundiais por trás do perfil de cada país',
      intro:
        'Estas tabelas abrangem todos os países. São grandes demais para baixá-las inteiras aqui: as linhas de cada país são baixadas a partir de seu perfil, com a fonte em cada linha. Cada tabela tem seus arquivos de metadados e de citação.',
      byCountry: 'As linhas de cada país: a partir de seu perfil, no índice de países',
    },
  },
  search: {
    title: 'Buscar no arquivo',
    description: 'Busca no texto completo do arquivo de notícias e do perfil.',
    label: 'Palavras a buscar',
    submit: 'Buscar',
    results: (count: number, query: string) => `${count} resultado${count === 1 ? '' : 's'} para “${query}”`,
    none: (query: string) =>
      `Nada encontrado para “${query}”. Tente menos palavras ou outras, ou navegue pelo arquivo.`,
    loading: 'Buscando…',
    unavailable: 'A busca não está disponível aqui (o índice é gerado com o site). Navegue pelo arquivo.',
    noScript: 'A busca precisa de JavaScript. Sem ele, navegue pelas notícias por marcador, país ou ano:',
  },
  freshness: {
    retrieved: (date: string) => `Dados obtidos da fonte em ${date}.`,
    notRecorded: 'Data de obtenção não registrada: estes números chegaram com os primeiros dados do site.',
    editedSince: (date: string) => `Editado à mão depois da última obtenção (${date}).`,
    editedNotRecorded: 'Editado à mão; a data de obtenção não está registrada.',
    upstream: (copies: string) => `Lido de ${copies}; a data em que foi obtido não foi registrada.`,
    commit: (repository: string, commits: string, count: number, date?: string) =>
      `${repository}, commit${count > 1 ? 's' : ''} ${commits}${date ? ` de ${date}` : ''}`,
  },
  newsScaffold: {
    title: ['O título, tal como os leitores o verão.'],
    date: [
      'O dia em que a notícia aconteceu ou foi divulgada, AAAA-MM-DD (um dia que exista).',
      'Está com a data de hoje: troque-a pela data da notícia.',
    ],
    dateOfOriginal: ['O dia em que a notícia aconteceu ou foi divulgada, AAAA-MM-DD: o mesmo do original.'],
    datePrecision: [
      'day; ou month quando só se conhece o mês (a página mostra então “novembro de 2020”, sem dia).',
    ],
    summary: ['Uma ou duas frases mostradas nas listas e nos feeds: substitua este texto.'],
    summaryValue: 'Resumo: uma ou duas frases para as listas e os feeds.',
    tags: [
      'Um ou mais marcadores de content/tags.yaml, os mesmos em todos os idiomas, como [refugees, quito-process]',
      '(um marcador novo é acrescentado lá primeiro). Um rascunho pode ainda não ter nenhum.',
    ],
    tagsInUse: 'Os marcadores:',
    tagsOfOriginal: ['Marcadores de content/tags.yaml: os mesmos do original.'],
    countries: [
      'Os países de que a notícia trata: códigos ISO 3166-1 alfa-3 em maiúsculas, como PER, VEN, CHL.',
    ],
    countriesOfOriginal: ['Códigos ISO 3166-1 alfa-3 dos países de que trata: os mesmos do original.'],
    sources: [
      'Quem publicou ou divulgou a notícia, uma entrada por fonte, tal como os leitores devem vê-la:',
      'substitua o nome.',
    ],
    sourceName: 'Nome da fonte (veículo ou instituição, título)',
    sourceUrl:
      'url: https://…  só um endereço que você mesmo tenha aberto; senão, nenhuma url (nunca uma adivinhada).',
    lang: (lang: string) => [`O idioma da notícia: deve coincidir com sua pasta, content/news/${lang}/.`],
    translationOf: (example: string) => [
      'Se esta notícia traduz outra, tire o # abaixo e informe o id dela: idioma/nome-do-arquivo,',
      `como ${example}.`,
    ],
    translationOfGiven: ['A notícia que esta traduz: idioma/nome-do-arquivo.'],
    draft: [
      'true: só aparece com npm run dev, nunca é publicada. Troque para false quando a notícia estiver pronta:',
      'cada texto marcado com ✎ substituído (a verificação recusa uma notícia a publicar que ainda tenha um).',
    ],
    body: [
      'O texto da notícia, em Markdown: substitua este parágrafo. Conte o que aconteceu, quando, onde e quem',
      'o divulgou, e dê cada número com sua fonte.',
    ],
    mdxBody: [
      'Este é um arquivo MDX: para mostrar um número de destaque do perfil com sua fonte, escreva',
      '`<ProfileFact id="seed-ptp-granted" />` em uma linha à parte (os id são as chaves de',
      '`content/profile/facts.yaml`). Uma notícia que não precisa de componentes deve ser um arquivo `.md`.',
    ],
  },
  dataNote: 'Nota sobre os dados',
  otherOrUnknown: 'Outro ou desconhecido',
  cite: {
    profileTitle: 'Como citar este perfil',
    profile: (site: string, year: number | string, title: string, url: string) =>
      `${site} (${year}). ${title}. ${url}`,
    files: 'Arquivos de citação para gerenciadores de referências (em inglês):',
    bibtex: 'BibTeX (.bib)',
    ris: 'RIS (.ris)',
    metadata: 'Metadados (JSON)',
    redistribution: (publisher: string) =>
      `Estes arquivos redistribuem números publicados por ${publisher}: cite também a publicação original.`,
    fileNote: (publisher: string, publication: string) =>
      `Uma redistribuição de números publicados por ${publisher}: ${publication}. Cite também a publicação original.`,
  },
  pictures: {
    title: 'Imagens do mapa e dos gráficos',
    intro:
      'O mapa (cada visualização, último ano) e cada gráfico do perfil como imagens para um artigo ou um relatório, com título, legenda e fonte desenhados: SVG para ampliar sem perda, PNG para colar em qualquer lugar. Cada uma traz o endereço deste site.',
    download: 'Baixar',
    linkLabel: (format: string, picture: string) => `Baixar ${format}: ${picture}`,
    publishedBy: (site: string, address: string) => `${site} · ${address}`,
  },
  countries: {
    section: 'paises',
    indexTitle: 'Perfis migratórios de todos os países',
    indexDescription:
      'Um perfil de dados de cada país e área: emigrantes, imigrantes e migração líquida segundo o UN DESA, pessoas que precisam de proteção internacional segundo o ACNUR, remessas segundo o Banco Mundial, a rota rumo ao norte e as remoções dos EUA, um mapa-múndi e downloads, cada número com sua fonte.',
    indexIntro:
      'Cada perfil mostra os mesmos números, calculados da mesma forma a partir das mesmas tabelas, cada um com sua fonte. Encontre um país no mapa ou na lista abaixo, agrupada por região M49 da ONU.',
    filterLabel: 'Encontrar um país',
    filterCount: (shown: number | string, total: number | string) =>
      `${shown} de ${total} países e áreas exibidos.`,
    regions: 'Regiões',
    noRegion: 'Sem região M49',
    regionSource: 'Regiões: o padrão M49 da ONU.',
    title: (name: string) => `${name}: a migração em números`,
    description: (name: string) =>
      `${name}, perfil migratório: pessoas nascidas no país que vivem no exterior, imigrantes que vivem nele, migração líquida, remessas, pessoas que precisam de proteção internacional, a rota rumo ao norte e as remoções dos EUA, um mapa-múndi e downloads, com suas fontes.`,
    intro: (name: string) =>
      `${name}: um perfil de dados calculado a partir das tabelas do UN DESA, do ACNUR, do Banco Mundial, do Panamá e dos EUA, como o de cada país deste site. Cada número traz sua fonte, edição e ano.`,
    peruProfile: 'O perfil completo do Peru, com sua história, notícias e o que dizia a página de 2020',
    allCountries: 'Todos os países',
    countriesData:
      'Os números de cada país, das tabelas mundiais listadas abaixo, podem ser baixados do seu perfil, país por país:',
    noData: (name: string) =>
      `${name}: as tabelas de estoques de migrantes do UN DESA e a tabela de população do ACNUR não têm linhas para este lugar, então este site não tem números dele.`,
    noStocks: (name: string) =>
      `${name}: as tabelas de estoques de migrantes do UN DESA não têm linhas para este lugar.`,
    noProtection: (name: string) => `${name}: a tabela de população do ACNUR não tem linhas para este lugar.`,
    stocksTitle: 'Emigrantes e imigrantes',
    protectionTitle: 'Pessoas que precisam de proteção internacional',
    headline: (name: string) => ({
      emigrants: 'Pessoas nascidas no país que vivem no exterior',
      immigrants: 'Imigrantes que vivem no país',
      emigrantsText: (count: string, year: number) =>
        `${name}, ${year}: ${count} pessoas nascidas no país viviam em outro.`,
      immigrantsText: (count: string, year: number) =>
        `${name}, ${year}: ${count} pessoas nascidas em outro país viviam nele.`,
      destinations: 'Onde vivem as pessoas nascidas no país que estão no exterior',
      origins: 'Onde nasceram seus imigrantes',
      abroad: 'Pessoas do país que precisam de proteção internacional no exterior',
      abroadText: (total: string, year: number) =>
        `${name}, fim de ${year}: o ACNUR contava ${total} pessoas do país que precisam de proteção internacional em outros países.`,
      hosted: 'Pessoas que precisam de proteção internacional no país',
      hostedText: (total: string, year: number) =>
        `${name}, fim de ${year}: o ACNUR contava ${total} pessoas que precisam de proteção internacional no país, de todas as origens.`,
    }),
    chart: (name: string) => ({
      title: (from: number, to: number) => `${name}: emigrantes e imigrantes, ${from}–${to}`,
      label: (from: number, to: number, emigrants: string, immigrants: string) =>
        `Gráfico de linhas, ${name}, de ${from} a ${to}. Nascidos no país que vivem no exterior: ${emigrants}. Imigrantes: ${immigrants}.`,
      emigrants: 'Nascidos no país, no exterior',
      immigrants: 'Imigrantes no país',
    }),
    map: (name: string) => ({
      title: `${name}: onde vivem seus emigrantes e de onde vêm seus imigrantes`,
      emigrants: 'Nascidos no país, no exterior',
      immigrants: 'Imigrantes no país',
      emigrantsLong: `${name}: pessoas nascidas no país que vivem no exterior, por país de residência`,
      immigrantsLong: `${name}: imigrantes, por país de nascimento`,
      home: name,
    }),
    downloadsTitle: 'Baixar os dados deste país',
    downloadsText:
      'Suas linhas dos corredores do UN DESA, no formato da tabela do Peru (as duas direções, cada ano, totais WLD, XXX para «Others» do UN DESA), suas linhas da tabela de população do ACNUR e suas linhas das cinco tabelas de fluxos (migração líquida, remessas, o Darién, a fronteira dos EUA, remoções), um número por linha, com a fonte em cada linha. Os arquivos estão em inglês.',
    stocksFile: 'Emigrantes e imigrantes, por país e sexo (CSV)',
    protectionFile: 'ACNUR, como país de acolhida e de origem (CSV)',
    profileLink: 'Perfil do país',
    citeTitle: 'Citar estes números',
    netMigrationTitle: 'Migração líquida',
    remittancesTitle: 'Remessas',
    northboundTitle: 'A rota rumo ao norte: o Darién e a fronteira dos EUA',
    removalsTitle: 'Remoções dos Estados Unidos',
    flowsFile: 'Migração líquida, remessas, a rota rumo ao norte e remoções (CSV)',
    rateMap: {
      title: (year: number) => `Migração líquida por país, ${year}`,
      help: 'Passe o cursor sobre um país ou foque-o para ler seu número; clique, toque ou pressione Enter para abrir seu perfil. No mapa, as setas vão da taxa mais alta à mais baixa.',
      label: (year: number) =>
        `Mapa-múndi da migração líquida por 1.000 habitantes, ${year}: cada país abre seu perfil`,
      country: (name: string, rate: string, net: string, year: number) =>
        `${name}: ${rate} por 1.000 habitantes (${net} pessoas), ${year}`,
      noData: (name: string) => `${name}: sem número`,
      legendTitle: 'Migrantes líquidos por 1.000 habitantes (negativo: mais saídas do que chegadas)',
      below: (edge: string) => `menos de ${edge}`,
      between: (from: string, to: string) => `${from} a ${to}`,
      above: (edge: string) => `${edge} ou mais`,
      noDataLegend: 'Sem número',
      numbers: 'O número de cada país',
      caption: (year: number) => `Migração líquida por país, ${year}, da taxa mais alta à mais baixa`,
      countryColumn: 'País',
      rateColumn: 'Por 1.000 habitantes',
      netColumn: 'Migrantes líquidos',
    },
  },
  flows: {
    fiscalYear: (year: number) => `AF${year}`,
    fiscalYearLong: (year: number) => `Ano fiscal ${year}`,
    monthsRun: (first: string, last: string) => `só ${first}–${last}`,
    monthsMissing: (months: string) => `sem números de ${months}`,
    change: (change: string, period: string, previous: string) => `${change} desde ${period} (${previous})`,
    sinceThen: (period: string, coverage: string, count: string) =>
      `${period} até agora (${coverage}): ${count}`,
    peak: (count: string, period: string) => `O máximo em um ano: ${count} em ${period}.`,
    period: 'Período',
    months: 'Meses',
    notReported: 'não informado',
    usd: (millions: string) => `US$ ${millions} milhões`,
    netMigration: {
      label: 'Migração líquida (chegadas menos saídas)',
      arrivals: (name: string, count: string, year: number) =>
        `${name}, ${year}: chegaram ${count} pessoas a mais do que saíram, segundo a estimativa do UN DESA.`,
      departures: (name: string, count: string, year: number) =>
        `${name}, ${year}: saíram ${count} pessoas a mais do que chegaram, segundo a estimativa do UN DESA.`,
      balanced: (name: string, year: number) =>
        `${name}, ${year}: chegaram tantas pessoas quantas saíram, segundo a estimativa do UN DESA.`,
      rate: (rate: string) => `${rate} por 1.000 habitantes`,
      previous: (year: number, value: string) => `${year}: ${value}`,
      sinceArrivals: (year: number) => `Mais chegadas do que saídas todos os anos desde ${year}`,
      sinceDepartures: (year: number) => `Mais saídas do que chegadas todos os anos desde ${year}`,
      extreme: (value: string, year: number) => `o maior saldo desses anos: ${value} em ${year}`,
      modelled: (from: number, to: number) =>
        `São estimativas modeladas, não contagens; as de ${from}–${to} são as mais provisórias.`,
      chartTitle: (name: string, from: number, to: number) => `${name}: migração líquida, ${from}–${to}`,
      chartCaption:
        'Pessoas que chegaram menos pessoas que saíram, a cada ano; abaixo de zero, saíram mais do que chegaram.',
      chartLabel: (name: string, from: number, to: number, first: string, last: string) =>
        `Gráfico de colunas, ${name}: migração líquida, de ${from} a ${to}: ${first} em ${from}, ${last} em ${to}.`,
      legend: { positive: 'Mais chegadas', negative: 'Mais saídas', marked: 'Mais provisório' },
      netColumn: 'Migrantes líquidos',
      rateColumn: 'Por 1.000 habitantes',
      none: (name: string) => `${name}: sem migração líquida no World Population Prospects do UN DESA.`,
    },
    remittances: {
      received: 'Remessas pessoais recebidas',
      receivedText: (name: string, amount: string, year: number) =>
        `${name}, ${year}: ${amount} recebidos em remessas pessoais do exterior.`,
      shareOfGdp: (share: string) => `Equivale a ${share} do seu PIB.`,
      paid: 'Remessas pessoais pagas ao exterior',
      paidText: (name: string, amount: string, year: number) =>
        `${name}, ${year}: ${amount} enviados ao exterior em remessas pessoais.`,
      zeros: (flows: string) =>
        `O Banco Mundial publica 0 para ${flows}: mostrado como não informado, pois seus dados não distinguem um zero real de um dado ausente.`,
      zeroReceived: (years: string) => `as remessas recebidas em ${years}`,
      zeroPaid: (years: string) => `as remessas pagas em ${years}`,
      chartTitle: {
        received: (name: string, from: number, to: number) =>
          `${name}: remessas pessoais recebidas, ${from}–${to}`,
        paid: (name: string, from: number, to: number) =>
          `${name}: remessas pessoais pagas ao exterior, ${from}–${to}`,
      },
      chartCaption: 'Dólares correntes, sem ajuste pela inflação. Um ano sem coluna: não informado.',
      chartLabel: {
        received: (name: string, from: number, to: number, first: string, last: string) =>
          `Gráfico de colunas, ${name}: remessas pessoais recebidas, de ${from} a ${to}: ${first} em ${from}, ${last} em ${to}.`,
        paid: (name: string, from: number, to: number, first: string, last: string) =>
          `Gráfico de colunas, ${name}: remessas pessoais pagas ao exterior, de ${from} a ${to}: ${first} em ${from}, ${last} em ${to}.`,
      },
      legend: { received: { positive: 'Recebidas' }, paid: { positive: 'Pagas ao exterior' } },
      receivedColumn: 'Recebidas (US$ milhões)',
      shareColumn: 'Participação no PIB',
      paidColumn: 'Pagas ao exterior (US$ milhões)',
      none: (name: string) => `${name}: o Banco Mundial não informa remessas pessoais.`,
    },
    darien: {
      all: 'Pessoas que cruzaram o Darién rumo ao Panamá, de todas as nacionalidades',
      allText: (count: string, year: number) =>
        `Em ${year}, o Panamá registrou ${count} pessoas de todas as nacionalidades após cruzarem a selva do Darién a partir da Colômbia.`,
      nationals: (name: string) => `${name}: pessoas que cruzaram o Darién`,
      nationalsText: (count: string, year: number, total: string, share: string) =>
        `${year}: o Panamá registrou ${count} pessoas desta nacionalidade após cruzarem o Darién, ${share} das ${total} de todas as nacionalidades.`,
      chartTitle: (from: number, to: number) => `Pessoas que cruzaram o Darién rumo ao Panamá, ${from}–${to}`,
      chartTitleNationals: (name: string, from: number, to: number) =>
        `${name}: pessoas que cruzaram o Darién rumo ao Panamá, ${from}–${to}`,
      chartCaption:
        'Pessoas registradas pelo Serviço Nacional de Migração do Panamá após cruzarem a partir da Colômbia, por ano. Hachurado: um ano ao qual faltam meses.',
      chartLabel: (what: string, from: number, to: number, peak: string, peakYear: number) =>
        `Gráfico de colunas de ${what}, de ${from} a ${to}; o máximo em um ano: ${peak} em ${peakYear}.`,
      legend: { positive: 'Ano completo', marked: 'Faltam meses' },
      allColumn: 'Todas as nacionalidades',
      nationalsColumn: (name: string) => name,
      shareColumn: 'Participação',
      none: (name: string) =>
        `${name}: ninguém registrado nos números do Darién do Panamá, 2010 – abril de 2025.`,
    },
    encounters: {
      label: (name: string) => `${name}: encontros na fronteira sudoeste dos EUA`,
      text: (count: string, year: string) =>
        `${year}: a Agência de Alfândega e Proteção de Fronteiras dos EUA registrou ${count} encontros com cidadãos deste país na fronteira terrestre sudoeste.`,
      events: 'Os encontros são eventos, não pessoas: uma pessoa pode ser encontrada mais de uma vez.',
      chartTitle: (name: string, from: number, to: number) =>
        `${name}: encontros com seus cidadãos na fronteira sudoeste dos EUA, anos fiscais ${from}–${to}`,
      chartCaption:
        'Anos fiscais dos EUA, de outubro a setembro. Hachurado: um ano ao qual faltam meses (ano fiscal 2025: outubro a maio).',
      chartLabel: (name: string, from: number, to: number, peak: string, peakYear: number) =>
        `Gráfico de colunas, ${name}: encontros com seus cidadãos na fronteira sudoeste dos EUA, anos fiscais ${from} a ${to}; o máximo: ${peak} no ano fiscal ${peakYear}.`,
      legend: { positive: 'Ano fiscal completo', marked: 'Faltam meses' },
      column: 'Encontros',
      none: (name: string) =>
        `${name}: não está entre as 21 nacionalidades que a CBP dos EUA conta à parte na fronteira sudoeste; seus cidadãos estão entre suas «outras» nacionalidades.`,
    },
    transit: {
      noCount:
        'Nenhuma fonte conta as pessoas em trânsito pelo próprio Peru. Estes números contam a rota rumo ao norte onde ela cruza uma fronteira que mantém registros: o Darién, entre a Colômbia e o Panamá, e a fronteira sudoeste dos EUA.',
    },
    removals: {
      label: (name: string) => `${name}: cidadãos removidos dos Estados Unidos`,
      text: (count: string, year: string) =>
        `${year}: o Serviço de Imigração e Controle de Alfândega dos EUA (ICE) removeu ${count} cidadãos deste país.`,
      chartTitle: (name: string, from: number, to: number) =>
        `${name}: cidadãos removidos dos Estados Unidos, anos fiscais ${from}–${to}`,
      chartCaption:
        'Anos fiscais dos EUA, de outubro a setembro, tal como os relatórios anuais do ICE os imprimem.',
      chartLabel: (name: string, from: number, to: number, peak: string, peakYear: number) =>
        `Gráfico de colunas, ${name}: cidadãos removidos dos Estados Unidos, anos fiscais ${from} a ${to}; o máximo: ${peak} no ano fiscal ${peakYear}.`,
      whatCounts:
        'O ICE conta como remoções (removals) as pessoas que retirou do país, retornos incluídos; uma remoção confirmada após o fechamento de seus registros em 5 de outubro conta no ano fiscal seguinte.',
      legend: { positive: 'Remoções' },
      column: 'Remoções',
      none: (name: string) => `${name}: sem remoções nos relatórios do ICE, anos fiscais 2014–2024.`,
    },
  },
};
