import { describe } from 'vitest';
import { runTable } from '../../test/cli-table.js';

describe('trustwright explain', () => runTable('explain-command.json'));
