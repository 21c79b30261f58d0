import '../../src/counts/define.js';
import { hostileSuite } from './suite.js';

hostileSuite('ishraqat-counts', {
  attributes: { metrics: 'activities participants women partners regions people' },
});
