/**
 * `npm run check:content`: validates every file under content/ and lists every problem at once
 * (file, line, field, value, what is wrong). `astro build` would stop at the first one. On GitHub
 * Actions it also writes each as an annotation, shown on its line of a pull request's files.
 */
import { checkAllContent } from '../src/check/content.ts';
import { describeProblem, githubAnnotation } from '../src/lib/content-problem.ts';

const root = process.argv[2] ?? process.cwd();
const problems = checkAllContent(root);
if (problems.length > 0) {
  console.error(`✗ ${problems.length} content problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  ${describeProblem(problem)}`);
  // On GitHub Actions, each problem also goes on its line of the pull request's files.
  if (process.env.GITHUB_ACTIONS === 'true')
    for (const problem of problems) console.log(githubAnnotation(problem));
  process.exit(1);
}
console.log('✓ content is valid');
