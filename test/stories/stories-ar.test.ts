import { loadElementStories, runStories } from './run-stories.js';

runStories('ar', await loadElementStories());
