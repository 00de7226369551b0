/** `node:stream/promises` in the page: the promise API of the browser copy of Node's streams. */
import { promises } from 'readable-stream';

export const { pipeline, finished } = promises;
export default promises;
