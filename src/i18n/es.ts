/** Every string of the Spanish edition; its shape is checked against `en.ts`. */
import type { Strings } from './en.ts';

export const es: Strings = {
  languageName: 'Español',
  site: {
    name: 'Perfil migratorio del Perú',
    tagline:
      'Peruanos en el exterior, inmigrantes en el Perú, tránsito, refugio y retornos: cada cifra con su fuente y su fecha.',
    skipToContent: 'Saltar al contenido',
    socialImageAlt: 'Perfil migratorio del Perú: cada cifra con su fuente y su fecha.',
    nav: {
      label: 'Principal',
      profile: 'Perfil',
      countries: 'Países',
      news: 'Noticias',
      data: 'Datos',
      sources: 'Fuentes y métodos',
      search: 'Buscar',
    },
    /** The link to this edition from the others, in this edition's language. */
    readInThisLanguage: 'Leer en español',
    /** The link to this edition from a page it has no version of: to its nearest page. */
    edition: 'Edición en español',
    footer:
      'Las cifras provienen de las fuentes indicadas en cada página. Las afirmaciones de la página del observatorio de 2020 se conservan como afirmaciones fechadas y se señalan así.',
  },
  roles: {
    origin: 'País de origen',
    destination: 'País de destino',
    transit: 'País de tránsito',
    'refugee-host': 'País de acogida de refugiados',
    'deportee-receiving': 'País receptor de deportados',
    context: 'Contexto',
  },
  fact: {
    about: 'alrededor de',
    moreThan: 'más de',
    source: 'Fuente',
    asStatedBy2020Page: 'Según la página de 2020',
    note: 'Nota',
    notAvailable: 'No disponible',
    year: (from: number, to?: number) => (to ? `${from}–${to}` : `${from}`),
    noLink: 'Sin enlace: la dirección exacta no está confirmada.',
    edition: 'edición',
    via: 'Obtenido a través de',
    licence: 'Licencia',
  },
  profile: {
    title: 'Perú: país de emigración, inmigración, tránsito y refugio',
    description:
      'Perfil migratorio del Perú: los peruanos en el exterior y dónde viven, los inmigrantes en el Perú y de dónde vienen, el tránsito, los refugiados y solicitantes de asilo, los deportados recibidos — las estimaciones más recientes, con sus fuentes.',
    intro:
      'El Perú envía, recibe, acoge y ve pasar personas. Este perfil abre cada uno de esos papeles con la estimación más reciente con fuente y cómo ha cambiado, y luego muestra lo que decía en su momento la página del observatorio de 2020 de la que nació este sitio.',
    headline: 'Las cifras más recientes, por papel',
    onThisPage: 'En esta página',
    tocHeadline: 'Cifras más recientes',
    tocTrends: 'Tendencias',
    tocRevisions: 'Cómo cambiaron las estimaciones',
    tocMap: 'Mapa mundial',
    tocNews: 'Últimas noticias',
    latestNews: 'Últimas noticias',
    allNews: 'Todas las noticias',
  },
  headline: {
    emigrants: 'Peruanos que viven en el exterior',
    immigrants: 'Inmigrantes que viven en el Perú',
    emigrantsText: (count: string, year: number) =>
      `En ${year}, ${count} personas nacidas en el Perú vivían en otro país.`,
    immigrantsText: (count: string, year: number) =>
      `En ${year}, ${count} personas nacidas en otro país vivían en el Perú.`,
    women: (share: string) => `${share} de ellas, mujeres`,
    change: (change: string, year: number, previous: string) => `${change} desde ${year} (${previous})`,
    destinations: 'Dónde viven los peruanos en el exterior',
    origins: 'Dónde nacieron los inmigrantes en el Perú',
    otherCountries: 'Otros países',
    otherOrUnknownOrigin: 'Origen otro o desconocido',
    abroad: 'Refugiados y solicitantes de asilo peruanos en el exterior',
    abroadText: (total: string, year: number) =>
      `A fines de ${year}, el ACNUR contaba ${total} personas del Perú con necesidad de protección internacional en otros países.`,
    hosted: 'Personas con necesidad de protección internacional en el Perú',
    hostedText: (total: string, year: number) =>
      `A fines de ${year}, el ACNUR contaba ${total} personas con necesidad de protección internacional en el Perú, de todos los orígenes.`,
    largestOrigin: (share: string, country: string) => `${share} de ellas, de ${country}`,
    categories: {
      refugees: 'Refugiados',
      asylum_seekers: 'Solicitantes de asilo',
      other_in_need_of_international_protection: 'Otras personas con necesidad de protección internacional',
    },
    notReported: 'sin dato',
    /** UNHCR's groups that are not countries, as origins. */
    groups: { UNK: 'orígenes desconocidos', XXA: 'ningún país (personas apátridas)', TIB: 'el Tíbet' },
    said2020: 'Lo que decía la página de 2020',
  },
  charts: {
    title: 'Tendencias',
    numbers: 'Las cifras de este gráfico',
    yearColumn: 'Año',
    stocksTitle: (from: number, to: number) =>
      `Peruanos en el exterior e inmigrantes en el Perú, ${from}–${to}`,
    stocksCaption: 'Estimaciones a mitad de año de las personas nacidas en un país que viven en otro.',
    stocksCrossing: (year: number, immigrants: string, emigrants: string) =>
      `En ${year}, por primera vez en estas estimaciones, vivían en el Perú más personas nacidas en el exterior (${immigrants}) que peruanos en el exterior (${emigrants}).`,
    stocksLabel: (from: number, to: number, emigrants: string, immigrants: string) =>
      `Gráfico de líneas, de ${from} a ${to}. Peruanos en el exterior: ${emigrants}. Inmigrantes en el Perú: ${immigrants}.`,
    emigrants: 'Peruanos en el exterior',
    immigrants: 'Inmigrantes en el Perú',
    venezuelansTitle: (from: number, to: number) =>
      `Personas de Venezuela con necesidad de protección internacional en el Perú, ${from}–${to}`,
    venezuelansCaption:
      'Stocks a fin de año, según la categoría en que las cuenta el ACNUR. El ACNUR informa las otras personas con necesidad de protección internacional desde 2018.',
    venezuelansLabel: (from: number, to: number, first: string, last: string) =>
      `Gráfico de barras apiladas, de ${from} a ${to}: de ${first} personas en ${from} a ${last} en ${to}.`,
    bySexTitle: (year: number) =>
      `Dónde viven los peruanos en el exterior y dónde nacieron los inmigrantes en el Perú, por sexo, ${year}`,
    bySexCaption:
      'Los países con más personas de cada grupo, cada grupo en su propia escala; primero las mujeres, luego los hombres.',
    bySexLabel: (what: string, rows: string) => `Gráfico de barras. ${what}: ${rows}.`,
    women: 'Mujeres',
    men: 'Hombres',
    total: 'Total',
    bySexRow: (name: string, count: string, women: string) => `${name} ${count} · ${women} mujeres`,
  },
  revisions: {
    title: 'Cómo cambiaron las estimaciones',
    intro: (older: string, newer: string) =>
      `UN DESA revisa sus estimaciones de años pasados en cada edición de International Migrant Stock. La edición ${newer}, que esta página muestra en todo lo demás, da otras cifras que la edición ${older} para los mismos años; cada cifra queda ligada a su edición.`,
    example: (
      year: number,
      older: string,
      newer: string,
      change: string,
      olderEdition: string,
      newerEdition: string,
    ) =>
      `Para ${year}, la edición ${olderEdition} contaba ${older} peruanos en el exterior; la edición ${newerEdition} cuenta ${newer} (${change}).`,
    caption: 'Totales mundiales de cada edición, para los años que ambas dan',
    edition: (edition: string) => `Edición ${edition}`,
    revision: 'Revisión',
    downloads: 'Ambas ediciones, con sus citas:',
  },
  news: {
    title: 'Archivo de noticias',
    description: 'Noticias fechadas sobre la migración en el Perú, con sus fuentes.',
    pageOf: (page: number, last: number) => `Página ${page} de ${last}`,
    previous: 'Más recientes',
    next: 'Más antiguas',
    pagination: 'Páginas de noticias',
    sources: 'Fuentes',
    tags: 'Etiquetas',
    countries: 'Países involucrados',
    /** The label of an item that exists only in another language, named by CLDR. */
    draft: 'Borrador: no publicado',
    onlyIn: (language: string) => `Solo en ${language}`,
    noSourceLink: 'sin enlace: dirección no confirmada',
    browse: 'Recorrer el archivo',
    byTag: 'Por etiqueta',
    byCountry: 'Por país',
    byYear: 'Por año',
    tagTitle: (tag: string) => `Noticias con la etiqueta «${tag}»`,
    countryTitle: (country: string) => `Noticias sobre ${country}`,
    yearTitle: (year: string) => `Noticias de ${year}`,
    itemCount: (count: number) => `${count} noticia${count === 1 ? '' : 's'}`,
    newsAbout: (count: number) => `${count} noticia${count === 1 ? '' : 's'}`,
    browseHint: 'Encuentre una noticia por año, etiqueta o país más abajo, o',
    searchLink: 'busque en el texto completo',
    feedTitle: 'Perfil migratorio del Perú: noticias (RSS)',
    backToNews: 'Todas las noticias',
  },
  sources: {
    title: 'Fuentes y métodos',
    description: 'Todas las fuentes de las cifras de este sitio y cómo se obtuvieron las cifras.',
    listTitle: 'Fuentes',
    methodsTitle: 'Cómo se obtuvieron las cifras',
    usedBy: (count: number) => `${count} cifra${count === 1 ? '' : 's'} en este sitio`,
    methods: [
      'Las cifras marcadas «Según la página de 2020» son las afirmaciones de la página del Perú del observatorio «COVID-19 e (In)movilidad en las Américas» tal como estaba a fines de 2020. Se conservan como afirmaciones fechadas, en cada papel después de sus cifras más recientes; donde un conjunto de datos publicado las confirma o las contradice, una nota lo dice.',
      'Las cifras más recientes, las tendencias, el mapa y las cifras por sexo son de la edición 2024 de International Migrant Stock de UN DESA: estimaciones a mitad de año de las personas nacidas en un país que viven en otro, para 1990, 1995 … 2020 y 2024, por sexo. Los porcentajes son el número dividido por el total mundial de la misma dirección y año; un cambio se mide desde la estimación anterior de la misma edición.',
      'Cada edición de las estimaciones de UN DESA revisa el pasado. La edición 2020 se conserva como un conjunto de datos propio y se pone junto a la edición 2024 para los años que ambas dan; cada cifra queda ligada a su edición.',
      'Para los inmigrantes, los países que lista UN DESA no suman el total mundial. El resto («Others» de UN DESA en la edición 2024, un remanente sin asignar en la de 2020) se muestra como de origen otro o desconocido, nunca como un país.',
      'Las personas con necesidad de protección internacional son stocks a fin de año del ACNUR en tres categorías: refugiados, solicitantes de asilo y otras personas con necesidad de protección internacional, que el ACNUR informa desde 2018 (los años anteriores muestran «sin dato»). El Perú como país de acogida cuenta todos los orígenes; los peruanos en el exterior, todos los países de asilo. Un cambio se mide desde el año anterior.',
      'Las cifras se muestran tal como se publicaron, sin redondear; los porcentajes y los cambios se redondean a un decimal.',
    ],
  },
  notFound: {
    title: 'Página no encontrada',
    body: 'Esta dirección no lleva a ninguna página del perfil. Puede haberse movido, o el enlace puede estar mal escrito.',
    home: 'Ir al perfil',
  },
  map: {
    title: 'Dónde viven los peruanos en el exterior y de dónde vienen los inmigrantes en el Perú',
    help: 'Pase el puntero, toque o enfoque un país para leer sus cifras. En el mapa, las flechas del teclado van de la cifra mayor a la menor; Escape cierra los detalles. La tabla bajo el mapa tiene las mismas cifras.',
    controls: 'Vista del mapa',
    emigrants: 'Peruanos en el exterior',
    immigrants: 'Inmigrantes en el Perú',
    emigrantsLong: 'Peruanos en el exterior, por país de residencia',
    immigrantsLong: 'Inmigrantes en el Perú, por país de nacimiento',
    year: 'Año',
    people: 'personas',
    ofTotal: 'del total',
    legendTitle: 'Personas',
    fewerThan: 'Menos de',
    orMore: 'o más',
    noData: 'Sin datos',
    peru: 'Perú',
    noScript: (year: number) =>
      `Los controles necesitan JavaScript; sin él, el mapa y la tabla muestran ${year}.`,
    country: 'País',
    share: 'Porcentaje',
    /** The table's column of the share of women, and the word after it in the tooltip. */
    womenColumn: 'Mujeres',
    women: 'mujeres',
    sortBy: (column: string) => `Ordenar por ${column}`,
    total: 'Total mundial',
    notDrawn: 'no se dibuja a esta escala',
    showing: (view: string, year: number | string, countries: number | string) =>
      `${view}, ${year}: ${countries} países con datos.`,
    mapLabel: (view: string, year: number | string) => `Mapa mundial: ${view}, ${year}`,
    tableCaption: (view: string, year: number | string) => `${view}, ${year}`,
  },
  share: {
    copyLink: 'Copiar el enlace a esta vista',
    copied: 'Enlace copiado: abre esta misma vista, año y país.',
    copyFailed: 'No se pudo copiar: copie la dirección desde la barra del navegador.',
    embed: 'Insertar',
    embedHelp:
      'Pegue este código en una página web para mostrar allí esta figura, con su fuente y un enlace al perfil.',
    embedCode: (what: string) => `Código para insertar: ${what}`,
    chartTitles: {
      'chart-stocks': 'Peruanos en el exterior e inmigrantes en el Perú a lo largo del tiempo',
      'chart-venezuelans': 'Personas de Venezuela con necesidad de protección internacional en el Perú',
      'chart-by-sex': 'Principales países de destino y de origen, por sexo',
    },
    viewOnProfile: 'Verlo en el perfil migratorio del Perú',
  },
  data: {
    title: 'Descarga de datos',
    description:
      'Todos los datos detrás del mapa y de las cifras principales, en CSV y JSON, con fuentes y citas.',
    intro:
      'Cada archivo se genera en cada compilación a partir de los mismos datos validados que muestran las páginas. Los CSV repiten la fuente, la edición, el año y la licencia en cada fila; los JSON los dan una vez. Los nombres de columnas y los textos de los archivos están en inglés.',
    headlineFigures: {
      title: 'Cifras y afirmaciones que cita el perfil',
      description:
        'Cada cifra y afirmación que el perfil cita de una publicación, con su papel, su año y su propia fuente; las afirmaciones de la página de 2020 están señaladas. Las cifras que el perfil calcula provienen de las tablas anteriores.',
    },
    rows: (count: string) => `${count} filas`,
    cite: 'Cómo citar estos datos',
    citation: {
      retrievedThrough: (site: string, url: string) => `Obtenido a través del ${site}: ${url}`,
      quotedFigures: (site: string, url: string) =>
        `${site}. Cifras y afirmaciones que cita el perfil, cada una con su propia fuente: ${url}`,
    },
    download: 'Descargar',
    downloadData: 'Descargar estos datos',
    worldTables: {
      title: 'Las tablas mundiales detrás del perfil de cada país',
      intro:
        'Estas tablas abarcan todos los países. Son demasiado grandes para descargarlas enteras aquí: las filas de cada país se descargan desde su perfil, con la fuente en cada fila. Cada tabla tiene sus archivos de metadatos y de cita.',
      byCountry: 'Las filas de cada país: desde su perfil, en el índice de países',
    },
  },
  search: {
    title: 'Buscar en el archivo',
    description: 'Búsqueda de texto completo en el archivo de noticias y en el perfil.',
    label: 'Palabras que buscar',
    submit: 'Buscar',
    results: (count: number, query: string) => `${count} resultado${count === 1 ? '' : 's'} para «${query}»`,
    none: (query: string) =>
      `No se encontró nada para «${query}». Pruebe con menos palabras u otras, o recorra el archivo.`,
    loading: 'Buscando…',
    unavailable:
      'La búsqueda no está disponible aquí (el índice se genera con el sitio). Recorra el archivo.',
    noScript: 'La búsqueda necesita JavaScript. Sin él, recorra las noticias por etiqueta, país o año:',
  },
  freshness: {
    retrieved: (date: string) => `Datos obtenidos de la fuente el ${date}.`,
    notRecorded: 'Fecha de obtención no registrada: estas cifras llegaron con los primeros datos del sitio.',
    editedSince: (date: string) => `Editado a mano después de su última obtención (${date}).`,
    editedNotRecorded: 'Editado a mano; la fecha de obtención no está registrada.',
    upstream: (copies: string) => `Leído de ${copies}; no se registró la fecha en que se obtuvo.`,
    commit: (repository: string, commits: string, count: number, date?: string) =>
      `${repository}, commit${count > 1 ? 's' : ''} ${commits}${date ? ` del ${date}` : ''}`,
  },
  newsScaffold: {
    title: ['El título, tal como lo verán los lectores.'],
    date: [
      'El día en que ocurrió o se informó la noticia, AAAA-MM-DD (un día que exista).',
      'Lleva la fecha de hoy: cámbiela por la de la noticia.',
    ],
    dateOfOriginal: ['El día en que ocurrió o se informó la noticia, AAAA-MM-DD: el mismo del original.'],
    datePrecision: [
      'day; o month si solo se conoce el mes (la página muestra entonces «noviembre de 2020», sin día).',
    ],
    summary: ['Una o dos oraciones que se muestran en las listas y los canales: reemplace este texto.'],
    summaryValue: 'Resumen: una o dos oraciones para las listas y los canales.',
    tags: [
      'Una o más etiquetas de content/tags.yaml, las mismas en todos los idiomas, como [refugees, quito-process]',
      '(una etiqueta nueva se agrega allí primero). Un borrador puede no tener ninguna todavía.',
    ],
    tagsInUse: 'Las etiquetas:',
    tagsOfOriginal: ['Etiquetas de content/tags.yaml: las mismas del original.'],
    countries: [
      'Los países de los que trata la noticia: códigos ISO 3166-1 alfa-3 en mayúsculas, como PER, VEN, CHL.',
    ],
    countriesOfOriginal: [
      'Códigos ISO 3166-1 alfa-3 de los países de los que trata: los mismos del original.',
    ],
    sources: [
      'Quién publicó o informó la noticia, una entrada por fuente, tal como deben verla los lectores:',
      'reemplace el nombre.',
    ],
    sourceName: 'Nombre de la fuente (medio o institución, título)',
    sourceUrl:
      'url: https://…  solo una dirección que usted haya abierto; si no, ninguna url (nunca una adivinada).',
    lang: (lang: string) => [
      `El idioma de la noticia: debe coincidir con su carpeta, content/news/${lang}/.`,
    ],
    translationOf: (example: string) => [
      'Si esta noticia traduce otra, quite el # de abajo y ponga su id: idioma/nombre-del-archivo,',
      `como ${example}.`,
    ],
    translationOfGiven: ['La noticia que esta traduce: idioma/nombre-del-archivo.'],
    draft: [
      'true: solo se ve con npm run dev, nunca se publica. Cámbielo a false cuando la noticia esté lista:',
      'cada texto marcado con ✎ reemplazado (la verificación rechaza una noticia por publicar que aún tenga uno).',
    ],
    body: [
      'El texto de la noticia, en Markdown: reemplace este párrafo. Cuente qué pasó, cuándo, dónde y quién',
      'lo informó, y dé cada cifra con su fuente.',
    ],
    mdxBody: [
      'Este es un archivo MDX: para mostrar una cifra destacada del perfil con su fuente, escriba',
      '`<ProfileFact id="seed-ptp-granted" />` en una línea aparte (los id son las claves de',
      '`content/profile/facts.yaml`). Una noticia que no necesita componentes debe ser un archivo `.md`.',
    ],
  },
  dataNote: 'Nota sobre los datos',
  otherOrUnknown: 'Otro o desconocido',
  cite: {
    profileTitle: 'Cómo citar este perfil',
    profile: (site: string, year: number | string, title: string, url: string) =>
      `${site} (${year}). ${title}. ${url}`,
    files: 'Archivos de cita para gestores de referencias (en inglés):',
    bibtex: 'BibTeX (.bib)',
    ris: 'RIS (.ris)',
    metadata: 'Metadatos (JSON)',
    redistribution: (publisher: string) =>
      `Estos archivos redistribuyen cifras publicadas por ${publisher}: cite también su publicación.`,
    fileNote: (publisher: string, publication: string) =>
      `Una redistribución de cifras publicadas por ${publisher}: ${publication}. Cite también su publicación.`,
  },
  pictures: {
    title: 'Imágenes del mapa y de los gráficos',
    intro:
      'El mapa (cada vista, último año) y cada gráfico del perfil como imágenes para un artículo o un informe, con su título, leyenda y fuente dibujados: SVG para ampliar sin pérdida, PNG para pegar en cualquier parte. Cada una lleva la dirección de este sitio.',
    download: 'Descargar',
    linkLabel: (format: string, picture: string) => `Descargar ${format}: ${picture}`,
    publishedBy: (site: string, address: string) => `${site} · ${address}`,
  },
  countries: {
    section: 'paises',
    indexTitle: 'Perfiles migratorios de todos los países',
    indexDescription:
      'Un perfil de datos de cada país y área: emigrantes, inmigrantes y migración neta según UN DESA, personas con necesidad de protección internacional según el ACNUR, remesas según el Banco Mundial, la ruta hacia el norte y las expulsiones desde EE. UU., un mapa mundial y descargas, cada cifra con su fuente.',
    indexIntro:
      'Cada perfil muestra las mismas cifras, calculadas del mismo modo a partir de las mismas tablas, cada una con su fuente. Busque un país en el mapa o en la lista de abajo, agrupada por región M49 de la ONU.',
    filterLabel: 'Buscar un país',
    filterCount: (shown: number | string, total: number | string) =>
      `Se muestran ${shown} de ${total} países y áreas.`,
    regions: 'Regiones',
    noRegion: 'Sin región M49',
    regionSource: 'Regiones: la norma M49 de la ONU.',
    title: (name: string) => `${name}: la migración en cifras`,
    description: (name: string) =>
      `${name}, perfil migratorio: personas nacidas en el país que viven en el exterior, inmigrantes que viven en él, migración neta, remesas, personas con necesidad de protección internacional, la ruta hacia el norte y las expulsiones desde EE. UU., un mapa mundial y descargas, con sus fuentes.`,
    intro: (name: string) =>
      `${name}: un perfil de datos calculado a partir de las tablas de UN DESA, el ACNUR, el Banco Mundial, Panamá y EE. UU., como el de cada país de este sitio. Cada cifra lleva su fuente, edición y año.`,
    peruProfile: 'El perfil completo del Perú, con su historia, noticias y lo que decía la página de 2020',
    allCountries: 'Todos los países',
    countriesData:
      'Las cifras de cada país, de las tablas mundiales que se listan abajo, se descargan desde su perfil, país por país:',
    noData: (name: string) =>
      `${name}: las tablas de stocks de migrantes de UN DESA y la tabla de población del ACNUR no tienen filas para este lugar, así que este sitio no tiene cifras de él.`,
    noStocks: (name: string) =>
      `${name}: las tablas de stocks de migrantes de UN DESA no tienen filas para este lugar.`,
    noProtection: (name: string) =>
      `${name}: la tabla de población del ACNUR no tiene filas para este lugar.`,
    stocksTitle: 'Emigrantes e inmigrantes',
    protectionTitle: 'Personas con necesidad de protección internacional',
    headline: (name: string) => ({
      emigrants: 'Personas nacidas en el país que viven en el exterior',
      immigrants: 'Inmigrantes que viven en el país',
      emigrantsText: (count: string, year: number) =>
        `${name}, ${year}: ${count} personas nacidas en el país vivían en otro.`,
      immigrantsText: (count: string, year: number) =>
        `${name}, ${year}: ${count} personas nacidas en otro país vivían en él.`,
      destinations: 'Dónde viven las personas nacidas en el país que están en el exterior',
      origins: 'Dónde nacieron sus inmigrantes',
      abroad: 'Personas del país con necesidad de protección internacional en el exterior',
      abroadText: (total: string, year: number) =>
        `${name}, fines de ${year}: el ACNUR contaba ${total} personas del país con necesidad de protección internacional en otros países.`,
      hosted: 'Personas con necesidad de protección internacional en el país',
      hostedText: (total: string, year: number) =>
        `${name}, fines de ${year}: el ACNUR contaba ${total} personas con necesidad de protección internacional en el país, de todos los orígenes.`,
    }),
    chart: (name: string) => ({
      title: (from: number, to: number) => `${name}: emigrantes e inmigrantes, ${from}–${to}`,
      label: (from: number, to: number, emigrants: string, immigrants: string) =>
        `Gráfico de líneas, ${name}, de ${from} a ${to}. Nacidos en el país que viven en el exterior: ${emigrants}. Inmigrantes: ${immigrants}.`,
      emigrants: 'Nacidos en el país, en el exterior',
      immigrants: 'Inmigrantes en el país',
    }),
    map: (name: string) => ({
      title: `${name}: dónde viven sus emigrantes y de dónde vienen sus inmigrantes`,
      emigrants: 'Nacidos en el país, en el exterior',
      immigrants: 'Inmigrantes en el país',
      emigrantsLong: `${name}: personas nacidas en el país que viven en el exterior, por país de residencia`,
      immigrantsLong: `${name}: inmigrantes, por país de nacimiento`,
      home: name,
    }),
    downloadsTitle: 'Descargar los datos de este país',
    downloadsText:
      'Sus filas de los corredores de UN DESA, con la forma de la tabla del Perú (ambas direcciones, cada año, totales WLD, XXX para «Others» de UN DESA), sus filas de la tabla de población del ACNUR y sus filas de las cinco tablas de flujos (migración neta, remesas, el Darién, la frontera de EE. UU., expulsiones), una cifra por fila, con la fuente en cada fila. Los archivos están en inglés.',
    stocksFile: 'Emigrantes e inmigrantes, por país y sexo (CSV)',
    protectionFile: 'ACNUR, como país de acogida y de origen (CSV)',
    profileLink: 'Perfil del país',
    citeTitle: 'Citar estas cifras',
    netMigrationTitle: 'Migración neta',
    remittancesTitle: 'Remesas',
    northboundTitle: 'La ruta hacia el norte: el Darién y la frontera de EE. UU.',
    removalsTitle: 'Expulsiones desde Estados Unidos',
    flowsFile: 'Migración neta, remesas, la ruta hacia el norte y expulsiones (CSV)',
    rateMap: {
      title: (year: number) => `Migración neta por país, ${year}`,
      help: 'Pase el cursor sobre un país o enfóquelo para leer su cifra; haga clic, tóquelo o pulse Intro para abrir su perfil. En el mapa, las flechas van de la tasa más alta a la más baja.',
      label: (year: number) =>
        `Mapa mundial de la migración neta por cada 1.000 habitantes, ${year}: cada país abre su perfil`,
      country: (name: string, rate: string, net: string, year: number) =>
        `${name}: ${rate} por cada 1.000 habitantes (${net} personas), ${year}`,
      noData: (name: string) => `${name}: sin cifra`,
      legendTitle: 'Migrantes netos por cada 1.000 habitantes (negativo: más salidas que llegadas)',
      below: (edge: string) => `menos de ${edge}`,
      between: (from: string, to: string) => `${from} a ${to}`,
      above: (edge: string) => `${edge} o más`,
      noDataLegend: 'Sin cifra',
      numbers: 'La cifra de cada país',
      caption: (year: number) => `Migración neta por país, ${year}, de la tasa más alta a la más baja`,
      countryColumn: 'País',
      rateColumn: 'Por cada 1.000 habitantes',
      netColumn: 'Migrantes netos',
    },
  },
  flows: {
    fiscalYear: (year: number) => `AF${year}`,
    fiscalYearLong: (year: number) => `Año fiscal ${year}`,
    monthsRun: (first: string, last: string) => `solo ${first}–${last}`,
    monthsMissing: (months: string) => `sin cifras de ${months}`,
    change: (change: string, period: string, previous: string) => `${change} desde ${period} (${previous})`,
    sinceThen: (period: string, coverage: string, count: string) =>
      `${period} hasta ahora (${coverage}): ${count}`,
    peak: (count: string, period: string) => `El máximo en un año: ${count} en ${period}.`,
    period: 'Período',
    months: 'Meses',
    notReported: 'no informado',
    usd: (millions: string) => `${millions} millones de US$`,
    netMigration: {
      label: 'Migración neta (llegadas menos salidas)',
      arrivals: (name: string, count: string, year: number) =>
        `${name}, ${year}: llegaron ${count} personas más de las que salieron, según la estimación de UN DESA.`,
      departures: (name: string, count: string, year: number) =>
        `${name}, ${year}: salieron ${count} personas más de las que llegaron, según la estimación de UN DESA.`,
      balanced: (name: string, year: number) =>
        `${name}, ${year}: llegaron tantas personas como salieron, según la estimación de UN DESA.`,
      rate: (rate: string) => `${rate} por cada 1.000 habitantes`,
      previous: (year: number, value: string) => `${year}: ${value}`,
      sinceArrivals: (year: number) => `Más llegadas que salidas cada año desde ${year}`,
      sinceDepartures: (year: number) => `Más salidas que llegadas cada año desde ${year}`,
      extreme: (value: string, year: number) => `el mayor saldo de esos años: ${value} en ${year}`,
      modelled: (from: number, to: number) =>
        `Son estimaciones modelizadas, no conteos; las de ${from}–${to} son las más provisionales.`,
      chartTitle: (name: string, from: number, to: number) => `${name}: migración neta, ${from}–${to}`,
      chartCaption:
        'Personas que llegaron menos personas que salieron, cada año; bajo cero, salieron más de las que llegaron.',
      chartLabel: (name: string, from: number, to: number, first: string, last: string) =>
        `Gráfico de columnas, ${name}: migración neta, de ${from} a ${to}: ${first} en ${from}, ${last} en ${to}.`,
      legend: { positive: 'Más llegadas', negative: 'Más salidas', marked: 'Más provisional' },
      netColumn: 'Migrantes netos',
      rateColumn: 'Por cada 1.000 habitantes',
      none: (name: string) => `${name}: sin migración neta en World Population Prospects de UN DESA.`,
    },
    remittances: {
      received: 'Remesas personales recibidas',
      receivedText: (name: string, amount: string, year: number) =>
        `${name}, ${year}: ${amount} recibidos en remesas personales del exterior.`,
      shareOfGdp: (share: string) => `Equivale al ${share} de su PIB.`,
      paid: 'Remesas personales pagadas al exterior',
      paidText: (name: string, amount: string, year: number) =>
        `${name}, ${year}: ${amount} enviados al exterior en remesas personales.`,
      zeros: (flows: string) =>
        `El Banco Mundial publica 0 para ${flows}: se muestra como no informado, porque sus datos no distinguen un cero real de un dato que falta.`,
      zeroReceived: (years: string) => `las remesas recibidas en ${years}`,
      zeroPaid: (years: string) => `las remesas pagadas en ${years}`,
      chartTitle: {
        received: (name: string, from: number, to: number) =>
          `${name}: remesas personales recibidas, ${from}–${to}`,
        paid: (name: string, from: number, to: number) =>
          `${name}: remesas personales pagadas al exterior, ${from}–${to}`,
      },
      chartCaption: 'Dólares corrientes, sin ajustar por inflación. Un año sin columna: no informado.',
      chartLabel: {
        received: (name: string, from: number, to: number, first: string, last: string) =>
          `Gráfico de columnas, ${name}: remesas personales recibidas, de ${from} a ${to}: ${first} en ${from}, ${last} en ${to}.`,
        paid: (name: string, from: number, to: number, first: string, last: string) =>
          `Gráfico de columnas, ${name}: remesas personales pagadas al exterior, de ${from} a ${to}: ${first} en ${from}, ${last} en ${to}.`,
      },
      legend: { received: { positive: 'Recibidas' }, paid: { positive: 'Pagadas al exterior' } },
      receivedColumn: 'Recibidas (millones de US$)',
      shareColumn: 'Porcentaje del PIB',
      paidColumn: 'Pagadas al exterior (millones de US$)',
      none: (name: string) => `${name}: el Banco Mundial no informa remesas personales.`,
    },
    darien: {
      all: 'Personas que cruzaron el Darién hacia Panamá, de todas las nacionalidades',
      allText: (count: string, year: number) =>
        `En ${year}, Panamá registró a ${count} personas de todas las nacionalidades tras cruzar la selva del Darién desde Colombia.`,
      nationals: (name: string) => `${name}: personas que cruzaron el Darién`,
      nationalsText: (count: string, year: number, total: string, share: string) =>
        `${year}: Panamá registró a ${count} personas de esta nacionalidad tras cruzar el Darién, el ${share} de las ${total} de todas las nacionalidades.`,
      chartTitle: (from: number, to: number) => `Personas que cruzaron el Darién hacia Panamá, ${from}–${to}`,
      chartTitleNationals: (name: string, from: number, to: number) =>
        `${name}: personas que cruzaron el Darién hacia Panamá, ${from}–${to}`,
      chartCaption:
        'Personas registradas por el Servicio Nacional de Migración de Panamá tras cruzar desde Colombia, por año. Rayado: un año al que le faltan meses.',
      chartLabel: (what: string, from: number, to: number, peak: string, peakYear: number) =>
        `Gráfico de columnas de ${what}, de ${from} a ${to}; el máximo en un año: ${peak} en ${peakYear}.`,
      legend: { positive: 'Año completo', marked: 'Faltan meses' },
      allColumn: 'Todas las nacionalidades',
      nationalsColumn: (name: string) => name,
      shareColumn: 'Porcentaje',
      none: (name: string) =>
        `${name}: nadie registrado en las cifras del Darién de Panamá, 2010 – abril de 2025.`,
    },
    encounters: {
      label: (name: string) => `${name}: encuentros en la frontera suroeste de EE. UU.`,
      text: (count: string, year: string) =>
        `${year}: la Oficina de Aduanas y Protección Fronteriza de EE. UU. registró ${count} encuentros con ciudadanos de este país en la frontera terrestre suroeste.`,
      events: 'Los encuentros son eventos, no personas: una persona puede ser encontrada más de una vez.',
      chartTitle: (name: string, from: number, to: number) =>
        `${name}: encuentros con sus ciudadanos en la frontera suroeste de EE. UU., años fiscales ${from}–${to}`,
      chartCaption:
        'Años fiscales de EE. UU., de octubre a septiembre. Rayado: un año al que le faltan meses (año fiscal 2025: octubre a mayo).',
      chartLabel: (name: string, from: number, to: number, peak: string, peakYear: number) =>
        `Gráfico de columnas, ${name}: encuentros con sus ciudadanos en la frontera suroeste de EE. UU., años fiscales ${from} a ${to}; el máximo: ${peak} en el año fiscal ${peakYear}.`,
      legend: { positive: 'Año fiscal completo', marked: 'Faltan meses' },
      column: 'Encuentros',
      none: (name: string) =>
        `${name}: no figura entre las 21 nacionalidades que la CBP de EE. UU. cuenta aparte en la frontera suroeste; sus ciudadanos están entre sus «otras» nacionalidades.`,
    },
    transit: {
      noCount:
        'Ninguna fuente cuenta a las personas en tránsito por el propio Perú. Estas cifras cuentan la ruta hacia el norte donde cruza una frontera que lleva registros: el Darién, entre Colombia y Panamá, y la frontera suroeste de EE. UU.',
    },
    removals: {
      label: (name: string) => `${name}: ciudadanos expulsados de Estados Unidos`,
      text: (count: string, year: string) =>
        `${year}: el Servicio de Inmigración y Control de Aduanas de EE. UU. (ICE) expulsó a ${count} ciudadanos de este país.`,
      chartTitle: (name: string, from: number, to: number) =>
        `${name}: ciudadanos expulsados de Estados Unidos, años fiscales ${from}–${to}`,
      chartCaption:
        'Años fiscales de EE. UU., de octubre a septiembre, tal como los imprimen los informes anuales de ICE.',
      chartLabel: (name: string, from: number, to: number, peak: string, peakYear: number) =>
        `Gráfico de columnas, ${name}: ciudadanos expulsados de Estados Unidos, años fiscales ${from} a ${to}; el máximo: ${peak} en el año fiscal ${peakYear}.`,
      whatCounts:
        'ICE cuenta como expulsiones (removals) a las personas que sacó del país, retornos incluidos; una expulsión confirmada tras el cierre de sus registros el 5 de octubre cuenta en el año fiscal siguiente.',
      legend: { positive: 'Expulsiones' },
      column: 'Expulsiones',
      none: (name: string) => `${name}: sin expulsiones en los informes de ICE, años fiscales 2014–2024.`,
    },
  },
};
