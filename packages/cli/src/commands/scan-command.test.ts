import { describe } from 'vitest';
import { runTable } from '../../test/cli-table.js';

describe('trustwright scan', () => runTable('scan-command.json'));
