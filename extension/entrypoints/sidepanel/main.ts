import { startPanel } from '../../ui/panel.ts';

void startPanel();
