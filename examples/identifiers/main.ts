/**
 * Identifiers a city system checks before anything crosses a province line: citizen ID numbers (公民身份号码),
 * unified social credit codes (统一社会信用代码) and region codes (行政区划代码), in strict and warn modes.
 *
 *   pnpm exec tsx --conditions=@zhongyuan/source examples/identifiers/main.ts
 *
 * @module
 */
import {
  findCity,
  isCrossProvince,
  maskCitizenId,
  parseCitizenId,
  parseRegionCode,
  parseUscc,
} from '@zhongyuan/sdk/validators';

/** Runs the story, printing each step through `print`. */
export async function run(print: (line: string) => void): Promise<void> {
  const today = new Date('2026-11-29T00:00:00Z');

  print('Citizen ID numbers (GB 11643, MOD 11-2) — only the region prefix and last four are ever printed:');
  for (const id of ['410105198001011239', '41090219751231002X', '410105198001011238', '130402199002294562']) {
    const result = parseCitizenId(id, { today });
    if (result.ok) {
      const { birthDate, sex, city } = result.value;
      print(`  ${maskCitizenId(id)}  valid: born ${birthDate}, ${sex}, registered in ${city?.nameEn ?? 'another region'}`);
    } else {
      print(`  ${maskCitizenId(id)}  refused: ${result.issues.map((i) => i.message).join('; ')}`);
    }
  }
  const legacy = parseCitizenId('410105198001011238', { today, mode: 'warn' });
  print(`  warn mode takes the legacy number with a wrong check digit: ${legacy.ok ? 'accepted' : 'refused'}, ` +
    `issue ${legacy.issues.map((i) => i.code).join(', ')}`);

  print('');
  print('Unified social credit codes (GB 32100, MOD 31, with the embedded GB 11714 organisation code):');
  for (const code of ['91410100MA3X000109', '52419001MJY00001XR', '91410100MA3X000108']) {
    const result = parseUscc(code);
    print(result.ok
      ? `  ${code}  valid: ${result.value.registrationAuthority.nameEn ?? result.value.registrationAuthority.code}, region ${result.value.regionCode}, org code ${result.value.orgCode}`
      : `  ${code}  refused: ${result.issues.map((i) => i.code).join(', ')}`);
  }

  print('');
  print('Region codes, including the medical-insurance pool forms:');
  for (const code of ['371700', '371799', '419001', '410199']) {
    const result = parseRegionCode(code);
    print(result.ok ? `  ${code}  ${result.value.kind}${result.value.city ? ` of ${result.value.city.nameEn} ${result.value.city.nameZh}` : ''}` : `  ${code}  refused`);
  }
  const heze = findCity('菏泽');
  const zhengzhou = findCity('Zhengzhou');
  if (heze && zhengzhou) {
    print(`  ${heze.nameEn} (${heze.medicalPoolCode}) → ${zhengzhou.nameEn} (${zhengzhou.medicalPoolCode}) is cross-province: ` +
      `${isCrossProvince(heze.medicalPoolCode, zhengzhou.code)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run((line) => console.log(line));
}
