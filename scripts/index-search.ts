/** `npm run build`'s last step: the site search's index of dist/ (see support/search-index.ts). */
import { indexSearch } from './support/search-index.ts';

const result = indexSearch('dist');
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(result.status ?? 1);
}
