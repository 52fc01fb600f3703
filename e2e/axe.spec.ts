import { axeViolations } from './axe';
import { expect, test } from './fixtures';

// The accessibility checks are only worth something if they fail: planted problems must be
// reported, each as a line naming the rule and the element, and only inside the region asked for.
test('the axe check reports planted problems readably, and only within the region it is given', async ({
  app,
  page,
}) => {
  await page.evaluate(() => {
    const planted = document.createElement('div');
    planted.dataset.planted = 'yes';
    planted.innerHTML = `
      <p style="color: #aaaaaa; background: #ffffff">faint text</p>
      <input>
      <button type="button" style="width: 10px; height: 10px; padding: 0"></button>
      <button type="button" style="width: 10px; height: 10px; padding: 0"></button>`;
    document.querySelector('main')?.append(planted);
  });
  const whole = await axeViolations(page, { label: 'planted problems' });
  for (const [rule, element] of [
    ['color-contrast', '<p style="color: #aaaaaa; background: #ffffff">faint text</p>'],
    ['label', '<input>'],
    ['button-name', '<button type="button"'],
    ['target-size', '<button type="button"'],
  ] as const)
    expect(
      whole.some((line) => line.startsWith(`${rule} (`) && line.includes(element)),
      `${rule} at ${element}`,
    ).toBe(true);
  expect(whole.find((line) => line.startsWith('color-contrast'))).toMatch(/contrast of 2\.32/);

  // Checked within the What-if panel, the problems planted outside it are not reported.
  expect(await axeViolations(page, { label: 'What-if only', within: app.whatIf.region })).toEqual([]);
});
