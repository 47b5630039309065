/**
 * The content check: every rule on what editors write, run over every kind of content at once.
 * `npm run check:content`, the build (`tools/build.ts`, and each collection's loader with the same
 * readers) and the tests all call it, so an editor meets the same message wherever a mistake is
 * caught. It is the only judge: no rule on content lives anywhere else, tests of the committed
 * content included; a mistake it does not report, CI does not report either.
 */
import { DATASETS } from '../datasets/registry.ts';
import {
  CONTENT_PATHS,
  checkDataNotes,
  checkedDataset,
  readDatasetTexts,
  readFacts,
  readSources,
  readTagVocabulary,
} from '../content/read.ts';
import { pendingUpdateProblems } from '../content/pending-update.ts';
import { readProvenance } from '../content/provenance.ts';
import type { ContentProblem } from '../lib/content-problem.ts';
import { readNews } from '../news/files.ts';

/** Reads every kind of content and returns all problems at once (empty when all is well). */
export function checkAllContent(root: string): ContentProblem[] {
  // Half-updated tables would be checked as if they were whole: nothing else is read until the
  // interrupted update is finished.
  const pending = pendingUpdateProblems(root);
  if (pending.length > 0) return pending;
  const sources = readSources(root);
  const sourceIds = sources.ids;
  const datasetSources = DATASETS.filter((dataset) => !sourceIds.has(dataset.source)).map((dataset) => ({
    file: 'src/datasets/registry.ts',
    field: `${dataset.id}.source`,
    value: dataset.source,
    message: `is not a source id of ${CONTENT_PATHS.sources}`,
    fix: `add the source to ${CONTENT_PATHS.sources}, or correct the id`,
  }));
  return [
    ...sources.problems,
    ...datasetSources,
    ...readFacts(root, sourceIds).problems,
    ...checkDataNotes(root),
    ...readDatasetTexts(root).problems,
    ...readTagVocabulary(root).problems,
    ...DATASETS.flatMap((dataset) => checkedDataset(root, dataset).problems),
    ...readNews(root).problems,
    ...readProvenance(root).problems,
  ];
}
