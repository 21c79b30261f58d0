import { loadElementStories, runStories } from './run-stories.js';

runStories('en', await loadElementStories());
