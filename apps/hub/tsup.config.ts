import { defineConfig } from 'tsup';
import { deploymentConfig } from '../tsup-deployment.js';

/** One bundle of the deployment: the options every app in apps/ shares. */
export default defineConfig(deploymentConfig);
