import {
  LabelMatcherSyntaxError,
  parseLabelMatchers,
} from './parseLabelMatchers';
import { renderLabelMatchers } from './renderLabelMatchers';

describe('parseLabelMatchers', () => {
  it('reads every operator, spaces, a trailing comma and the escapes', () => {
    expect(
      parseLabelMatchers(
        ' service = "api-gateway", status_code=~"5..",env!="dev" , path!~"/a\\\\b\\"c\\n",',
      ),
    ).toEqual([
      { name: 'service', op: '=', value: 'api-gateway' },
      { name: 'status_code', op: '=~', value: '5..' },
      { name: 'env', op: '!=', value: 'dev' },
      { name: 'path', op: '!~', value: '/a\\b"c\n' },
    ]);
    expect(parseLabelMatchers('')).toEqual([]);
  });

  it('renders them back as PromQL with the values re-quoted', () => {
    const text = 'service="api-gateway",path!~"/a\\\\b\\"c\\n"';
    expect(renderLabelMatchers(parseLabelMatchers(text))).toBe(text);
    expect(
      renderLabelMatchers([{ name: 'x', op: '=', value: 'tab\there"' }]),
    ).toBe('x="tab\\there\\""');
  });

  it.each([
    [
      'service="a"} or vector(1) or up{a="b"',
      'expected a comma at character 12',
    ],
    ['service="a" or up', 'expected a comma at character 13'],
    ['sum(up)', 'expected =, !=, =~ or !~ at character 4'],
    ["service='a'", 'expected a value in double quotes at character 9'],
    ['service=`a`', 'expected a value in double quotes at character 9'],
    ['service="a', 'unterminated value at character 11'],
    ['service="a\nb"', 'unterminated value at character 11'],
    ['service="\\x41"', 'unsupported escape'],
    [
      '__name__="up"',
      'label names starting with __ are reserved at character 1',
    ],
    ['1abc="x"', 'expected a label name at character 1'],
    ['a="b",,c="d"', 'expected a label name at character 7'],
  ])('refuses %j', (text, message) => {
    expect(() => parseLabelMatchers(text)).toThrow(LabelMatcherSyntaxError);
    expect(() => parseLabelMatchers(text)).toThrow(message);
  });

  it('refuses reserved labels, too few or too many matchers and overlong text', () => {
    expect(() => parseLabelMatchers('le="0.1"', { reserved: ['le'] })).toThrow(
      'the label le is set by the source itself',
    );
    expect(() => parseLabelMatchers(' ', { min: 1 })).toThrow(
      'expected at least 1 label matcher',
    );
    const many = Array.from({ length: 21 }, (_, i) => `l${i}="v"`).join(',');
    expect(() => parseLabelMatchers(many)).toThrow('more than 20 matchers');
    expect(() => parseLabelMatchers(`a="${'x'.repeat(1000)}"`)).toThrow(
      'must not be longer than 1000 characters',
    );
  });
});
