/**
 * What the browser editor says, in each edition's language: the editor shows the labels and hints of
 * the language its user reads (`/admin/config.<lang>.yml`), as the CMS's own interface does. The
 * type checker asks for every field of the news schema in every language, so a field added to the
 * schema is not shown by its bare name.
 */
import type { z } from 'astro/zod';
import type { Locale } from '../i18n/languages.ts';
import type { newsSchema } from '../news/schema.ts';

/** A field's words: its label, and a hint under it (Markdown links and emphasis only). */
export interface FieldWords {
  label: string;
  hint?: string;
}

export interface EditorWords {
  news: { label: string; singular: string; description: string };
  newsMdx: { label: string; singular: string; description: string };
  /** One per field of the news schema, and the body. */
  fields: Record<keyof z.input<typeof newsSchema>, FieldWords> & { body: FieldWords };
  datePrecision: Record<'day' | 'month', string>;
  source: { name: FieldWords; url: FieldWords };
  /** The file name of a new item, which becomes its address. */
  slug: { hint: string; pattern: string };
  tagPattern: string;
  vocabulary: {
    collection: string;
    file: string;
    description: string;
    tags: FieldWords;
    tag: string;
    id: FieldWords;
    label: FieldWords;
  };
}

export const EDITOR_WORDS = {
  es: {
    news: {
      label: 'Noticias',
      singular: 'Noticia',
      description:
        'Las noticias del archivo, en Markdown. Cada noticia es un archivo por idioma; al guardar, se abre una solicitud de cambios (pull request) que la comprobación de contenido revisa.',
    },
    newsMdx: {
      label: 'Noticias con cifras (MDX)',
      singular: 'Noticia con cifras',
      description:
        'Noticias que muestran una cifra del perfil con <ProfileFact id="…" />. Se editan aquí; el texto se guarda tal cual. Las nuevas se crean en «Noticias».',
    },
    fields: {
      title: { label: 'Título', hint: 'Lo que leen los lectores; 200 caracteres como máximo.' },
      date: { label: 'Fecha', hint: 'El día de la noticia, entre 1900 y el año próximo.' },
      datePrecision: {
        label: 'Precisión de la fecha',
        hint: '«Mes» cuando solo se conoce el mes: la página muestra «noviembre de 2020».',
      },
      summary: {
        label: 'Resumen',
        hint: 'Una o dos frases para listas y feeds; 400 caracteres como máximo.',
      },
      tags: {
        label: 'Etiquetas',
        hint: 'Al menos una para publicar. La lista es la de «Vocabulario de etiquetas»: añada allí una etiqueta nueva.',
      },
      countries: { label: 'Países', hint: 'Los países de los que trata la noticia.' },
      sources: {
        label: 'Fuentes',
        hint: 'Al menos una. La dirección es la misma en todos los idiomas; solo el nombre se traduce. Una fuente sin dirección se añade en cada idioma.',
      },
      lang: { label: 'Idioma' },
      translationOf: { label: 'Original' },
      draft: {
        label: 'Borrador',
        hint: 'Un borrador no se publica. Desmárquelo cuando la noticia esté lista.',
      },
      body: {
        label: 'Texto',
        hint: 'En Markdown: párrafos, listas, enlaces, títulos desde `##`. Sin imágenes ni scripts.',
      },
    },
    datePrecision: { day: 'Día', month: 'Mes' },
    source: {
      name: { label: 'Nombre', hint: 'Medio o institución, y título; 300 caracteres como máximo.' },
      url: {
        label: 'Dirección (URL)',
        hint: 'Solo si ha abierto esa dirección exacta; déjela vacía si no.',
      },
    },
    slug: {
      hint: 'El nombre del archivo, que es la dirección de la página: minúsculas, cifras y guiones.',
      pattern: 'Use minúsculas sin acentos, cifras y guiones, como proceso-de-quito-2021.',
    },
    tagPattern: 'Use minúsculas sin acentos, cifras y guiones, como cooperacion-regional.',
    vocabulary: {
      collection: 'Vocabulario de etiquetas',
      file: 'Etiquetas',
      description:
        'Las etiquetas que pueden llevar las noticias. Añada una con su nombre en cada idioma; no cambie el identificador de una etiqueta en uso.',
      tags: { label: 'Etiquetas' },
      tag: 'Etiqueta',
      id: {
        label: 'Identificador',
        hint: 'La dirección de la página de la etiqueta (/news/tags/…), igual en todos los idiomas.',
      },
      label: { label: 'Nombre', hint: 'Lo que leen los lectores, en cada idioma.' },
    },
  },
  en: {
    news: {
      label: 'News',
      singular: 'News item',
      description:
        'The archive’s news items, in Markdown. Each item is one file per language; saving opens a pull request that the content check reviews.',
    },
    newsMdx: {
      label: 'News with figures (MDX)',
      singular: 'News item with figures',
      description:
        'Items that show a figure of the profile with <ProfileFact id="…" />. Edit them here; their text is saved as it is. New items are created under “News”.',
    },
    fields: {
      title: { label: 'Title', hint: 'What readers see; 200 characters at most.' },
      date: { label: 'Date', hint: 'The day of the news, from 1900 to next year.' },
      datePrecision: {
        label: 'Date precision',
        hint: '“Month” when only the month is known: the page shows “November 2020”.',
      },
      summary: {
        label: 'Summary',
        hint: 'One or two sentences for lists and feeds; 400 characters at most.',
      },
      tags: {
        label: 'Tags',
        hint: 'At least one to publish. The list is the “Tag vocabulary”: add a new tag there.',
      },
      countries: { label: 'Countries', hint: 'The countries the item is about.' },
      sources: {
        label: 'Sources',
        hint: 'At least one. The address is the same in every language; only the name is translated. A source without an address is added in each language.',
      },
      lang: { label: 'Language' },
      translationOf: { label: 'Original' },
      draft: { label: 'Draft', hint: 'A draft is not published. Untick it when the item is ready.' },
      body: {
        label: 'Text',
        hint: 'In Markdown: paragraphs, lists, links, headings from `##`. No images or scripts.',
      },
    },
    datePrecision: { day: 'Day', month: 'Month' },
    source: {
      name: { label: 'Name', hint: 'Outlet or institution, and title; 300 characters at most.' },
      url: {
        label: 'Address (URL)',
        hint: 'Only if you have opened that exact address; leave it empty if not.',
      },
    },
    slug: {
      hint: 'The file name, which is the page’s address: lower-case letters, digits and hyphens.',
      pattern: 'Use lower-case letters without accents, digits and hyphens, such as quito-process-2021.',
    },
    tagPattern: 'Use lower-case letters without accents, digits and hyphens, such as regional-cooperation.',
    vocabulary: {
      collection: 'Tag vocabulary',
      file: 'Tags',
      description:
        'The tags news items may carry. Add one with its name in every language; never change the id of a tag in use.',
      tags: { label: 'Tags' },
      tag: 'Tag',
      id: { label: 'Id', hint: 'The address of the tag’s page (/news/tags/…), the same in every language.' },
      label: { label: 'Name', hint: 'What readers see, in each language.' },
    },
  },
  pt: {
    news: {
      label: 'Notícias',
      singular: 'Notícia',
      description:
        'As notícias do arquivo, em Markdown. Cada notícia é um arquivo por idioma; ao salvar, abre-se uma solicitação de alteração (pull request) que a verificação de conteúdo revisa.',
    },
    newsMdx: {
      label: 'Notícias com números (MDX)',
      singular: 'Notícia com números',
      description:
        'Notícias que mostram um número do perfil com <ProfileFact id="…" />. Edite-as aqui; o texto é salvo como está. As novas são criadas em “Notícias”.',
    },
    fields: {
      title: { label: 'Título', hint: 'O que os leitores veem; no máximo 200 caracteres.' },
      date: { label: 'Data', hint: 'O dia da notícia, de 1900 ao próximo ano.' },
      datePrecision: {
        label: 'Precisão da data',
        hint: '“Mês” quando só o mês é conhecido: a página mostra “novembro de 2020”.',
      },
      summary: { label: 'Resumo', hint: 'Uma ou duas frases para listas e feeds; no máximo 400 caracteres.' },
      tags: {
        label: 'Etiquetas',
        hint: 'Pelo menos uma para publicar. A lista é a do “Vocabulário de etiquetas”: acrescente ali uma etiqueta nova.',
      },
      countries: { label: 'Países', hint: 'Os países de que a notícia trata.' },
      sources: {
        label: 'Fontes',
        hint: 'Pelo menos uma. O endereço é o mesmo em todos os idiomas; só o nome é traduzido. Uma fonte sem endereço é acrescentada em cada idioma.',
      },
      lang: { label: 'Idioma' },
      translationOf: { label: 'Original' },
      draft: {
        label: 'Rascunho',
        hint: 'Um rascunho não é publicado. Desmarque quando a notícia estiver pronta.',
      },
      body: {
        label: 'Texto',
        hint: 'Em Markdown: parágrafos, listas, links, títulos a partir de `##`. Sem imagens nem scripts.',
      },
    },
    datePrecision: { day: 'Dia', month: 'Mês' },
    source: {
      name: { label: 'Nome', hint: 'Veículo ou instituição, e título; no máximo 300 caracteres.' },
      url: {
        label: 'Endereço (URL)',
        hint: 'Só se você abriu esse endereço exato; deixe vazio se não.',
      },
    },
    slug: {
      hint: 'O nome do arquivo, que é o endereço da página: minúsculas, algarismos e hífens.',
      pattern: 'Use minúsculas sem acentos, algarismos e hífens, como processo-de-quito-2021.',
    },
    tagPattern: 'Use minúsculas sem acentos, algarismos e hífens, como cooperacao-regional.',
    vocabulary: {
      collection: 'Vocabulário de etiquetas',
      file: 'Etiquetas',
      description:
        'As etiquetas que as notícias podem ter. Acrescente uma com o nome em cada idioma; não mude o identificador de uma etiqueta em uso.',
      tags: { label: 'Etiquetas' },
      tag: 'Etiqueta',
      id: {
        label: 'Identificador',
        hint: 'O endereço da página da etiqueta (/news/tags/…), igual em todos os idiomas.',
      },
      label: { label: 'Nome', hint: 'O que os leitores veem, em cada idioma.' },
    },
  },
} as const satisfies Record<Locale, EditorWords>;

export function editorWords(locale: Locale): EditorWords {
  return EDITOR_WORDS[locale];
}
