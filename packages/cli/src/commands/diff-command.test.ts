import { describe } from 'vitest';
import { runTable } from '../../test/cli-table.js';

describe('trustwright diff', () => runTable('diff-command.json'));
