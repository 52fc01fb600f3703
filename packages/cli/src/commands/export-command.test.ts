import { describe } from 'vitest';
import { runTable } from '../../test/cli-table.js';

describe('trustwright export', () => runTable('export-command.json'));
