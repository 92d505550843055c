import '@testing-library/jest-dom/vitest';
import '../../src/styles.css';
import { configure } from '@testing-library/react';

// findBy… and waitFor wait for a condition; 1 s (the default) is a duration a loaded CI
// machine exceeds while a correct widget is still fetching. One generous budget for every
// test instead of ad-hoc `{ timeout }`s: a broken behaviour still fails, only later.
configure({ asyncUtilTimeout: 15_000 });
