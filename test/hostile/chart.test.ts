import '../../src/chart/define.js';
import { hostileSuite } from './suite.js';

hostileSuite('ishraqat-chart', { attributes: { metric: 'participants', by: 'year' } });
