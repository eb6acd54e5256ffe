import { normalizeText } from '@/utils/normalize';

export async function main(argv: string[]): Promise<number> {
  console.log(normalizeText(argv.join(' ')));
  return 0;
}
