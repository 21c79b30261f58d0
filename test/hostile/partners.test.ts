import '../../src/partners/define.js';
import { hostileSuite } from './suite.js';

hostileSuite('ishraqat-partners', { attributes: { 'group-by': 'role' } });
