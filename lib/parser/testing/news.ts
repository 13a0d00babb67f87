// Test input for issue #12 item 4, shared by the parser's and the parse CLI's tests.

/** A news article as local papers print it, with the statistics of the report it is about. */
export const NANJING_NEWS = [
  '南京市发布2020年政府信息公开工作年度报告',
  '本报讯（记者 王晓）日前，南京市政府办公厅发布《南京市2020年政府信息公开工作年度报告》。',
  '报告显示，2020年全市主动公开政府信息56万余条，共收到政府信息公开申请3520件，',
  '其中予以公开1210件，部分公开380件；因政府信息公开引起行政复议85件、行政诉讼60件。',
  '据悉，南京市将进一步推进政务公开标准化规范化建设，依申请公开办理质量持续提升，《条例》要求得到落实。',
].join('\n');
