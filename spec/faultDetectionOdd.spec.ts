import { describeFaultDetection } from './faultDetection.js';

describeFaultDetection(1);
