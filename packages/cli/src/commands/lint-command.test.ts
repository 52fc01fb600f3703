import { describe } from 'vitest';
import { runTable } from '../../test/cli-table.js';

describe('trustwright lint', () => runTable('lint-command.json'));
