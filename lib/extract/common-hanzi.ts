// Frequent Chinese characters (simplified and traditional forms, general text and the vocabulary of
// disclosure reports). Used only to score candidate decodings: real text is dense in them,
// a wrong decoding or binary noise is not.

const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研百千万亿元项个件条次' +
  '申请信息报告年度工作情况政务依据条例办公室县市省区镇乡街道部门单位机关行政复议诉讼受理答复办结主动网站平台公众社会群众服务管理监督审查规范文件制度领导组织落实推进加强完善提升建设改革发展重点领域专栏解读政策会议发布公告通知要求统计数据期限本级全市全县全区共计合计其中维持纠正撤销驳回予以部分不予无法提供处理转办存在问题改进措施需要其他事项附表' +
  '門開報資訊請辦機關縣區鄉鎮務會議發佈條例規範處結復訴訟國際時間為與對於這個們說經過還進選達運動員現實變當與從來後';

export const COMMON_HANZI: ReadonlySet<string> = new Set(CHARS);
