// Imported first by the package's library entry points: on a Node older than the engines range the
// import fails with one line saying which Node is needed, before any other module is evaluated.
import { nodeVersionProblem } from './node-version.mjs';

const problem = nodeVersionProblem();
if (problem !== undefined) throw new Error(problem);
