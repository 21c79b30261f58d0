import '../../src/timeline/define.js';
import { titleFailures } from './harness.js';
import { hostileSuite } from './suite.js';

hostileSuite('ishraqat-timeline', { check: (o) => titleFailures(o.el, o.hostile) });
