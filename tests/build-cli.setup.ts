import { buildCli } from '../cli/build.mjs';

/** The tests of the command as installed run the built JavaScript: build it once, fresh, before them. */
export default async function setup() {
  await buildCli();
}
