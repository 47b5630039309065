import { checkMdxBody } from '../../src/lib/mdx-check.ts';
for (const b of ['Text\n\n{foo\n', 'Text\n\n<ProfileFact id="x"\n', 'Text\n\n{1 +}\n']) console.log(checkMdxBody(b, 'f', 10));
