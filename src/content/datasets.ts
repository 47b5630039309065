/**
 * The data tables of `content/data/` and the source each one comes from (an id of
 * content/sources.yaml; `npm run check:content` refuses an unknown one).
 */
export const DATASETS = {
  stocks: { id: 'undesa-ims2020-peru', source: 'undesa-ims-2020' },
  refugees: { id: 'unhcr-venezuela-to-peru', source: 'unhcr-population-statistics' },
} as const;
