import '../../src/impact/define.js';
import { hostileSuite } from './suite.js';

hostileSuite('ishraqat-impact');
