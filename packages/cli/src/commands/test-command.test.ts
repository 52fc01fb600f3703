import { describe } from 'vitest';
import { runTable } from '../../test/cli-table.js';

describe('trustwright test', () => runTable('test-command.json'));
