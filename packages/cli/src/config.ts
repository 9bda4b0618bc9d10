export {
  defineConfig,
  TesseraConfig,
  type TesseraConfigInput,
} from './config/define-config.js';
