"""Style-sheet fixtures written for the tests: a three-level based_on chain and a story whose body
paragraphs carry styles, overrides and character runs (schema 3)."""
from tests.samples import DOC_YAML

GRID = DOC_YAML[DOC_YAML.index("grid:"):DOC_YAML.index("styles:")]

STYLED_YAML = """\
schema: 3
title: 样式测试
""" + GRID + """\
styles:
  body: {font: song, size: 小五, indent: 2}
  news: {based_on: body, weight: bold, tracking: 0.05, hanging: false}
  lead: {based_on: news, size: 五号, indent: 0, align: left}
  subhead: {based_on: body, font: hei, size: 小四, grid_lines: 2, space_before: 1, space_after: 1, indent: 0,
    align: center}
char_styles:
  strong: {weight: bold}
  dots: {emphasis: true}
  red: {color: [0, 100, 100, 0]}
  pink: {based_on: red, tint: 40}
  kai: {font: kai}
stories:
- id: s1
  body:
  - 第一段正文。
  - text: 第二段是小标题
    style: subhead
  - text: 本报讯（记者王晨）青石镇的图书角今天开放。
    style: lead
    tracking: 0.1
    runs:
    - {at: 0, text: 本报讯, style: strong}
    - {at: 3, text: （记者王晨）, style: dots}
    - {at: 9, text: 青石镇, style: pink}
    - {at: 13, text: 图书角, style: kai, emphasis: true, color: [100, 0, 0, 0]}
  - text: 第四段正文。
    runs:
    - {at: 0, text: 第四段, style: strong}
pages:
- id: A1
  number: 1
  frames:
  - {id: b1, col: 0, cols: 3, line: 0, lines: 30, story: s1, part: body}
"""
