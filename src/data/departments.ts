// Lines of work of government departments (INDICATORS.md "Departments"): the canonical short name,
// and the words the names of its departments carry, national and local, old and new
// (卫生健康委员会, 卫健局, 卫生和计划生育委员会 → 卫生健康). The first line whose word a name
// contains wins, so the lines of a merged department come in the order its name is read as
// (文化广电和旅游 is 文化旅游, not 广播电视; 教育和体育 is 教育; 公安局交通警察支队 is 公安).

export interface DepartmentLine {
  /** The canonical name (an API value). */
  readonly id: string;
  /** Words of department names that mean this line. */
  readonly words: readonly string[];
}

export const DEPARTMENT_LINES: readonly DepartmentLine[] = [
  { id: '文化旅游', words: ['文化和旅游', '文化旅游', '文旅', '文体和旅游', '文体旅游', '文化广电和旅游', '文化广电旅游', '文化广播电视和旅游', '文化广播电视旅游', '文化体育和旅游', '文化广电体育和旅游', '文化体育广电和旅游', '旅游'] },
  { id: '人力资源社会保障', words: ['人力资源和社会保障', '人力资源社会保障', '人力资源', '人社', '劳动和社会保障', '劳动保障'] },
  { id: '自然资源', words: ['自然资源', '国土资源', '国土', '规划和自然', '海洋'] },
  { id: '发展改革', words: ['发展和改革', '发展改革', '发改'] },
  { id: '工业和信息化', words: ['工业和信息化', '工业信息化', '工信', '经济和信息化', '经济信息化', '经信', '科技工信', '工业和科技'] },
  { id: '教育', words: ['教育'] },
  { id: '科技', words: ['科学技术', '科技'] },
  { id: '民族宗教', words: ['民族宗教', '民族和宗教', '民宗', '民族事务', '宗教事务'] },
  { id: '公安', words: ['公安'] },
  { id: '民政', words: ['民政'] },
  { id: '司法行政', words: ['司法'] },
  { id: '财政', words: ['财政'] },
  { id: '生态环境', words: ['生态环境', '环境保护', '环保'] },
  { id: '住房城乡建设', words: ['住房和城乡建设', '住房城乡建设', '住房建设', '住建', '城乡建设', '建设局', '建设厅', '建设委员会', '建委'] },
  { id: '交通运输', words: ['交通'] },
  { id: '水利', words: ['水利', '水务', '水资源'] },
  { id: '农业农村', words: ['农业农村', '农业', '农村', '农牧', '农委'] },
  { id: '商务', words: ['商务'] },
  { id: '退役军人事务', words: ['退役军人'] },
  { id: '应急管理', words: ['应急管理', '应急', '安全生产监督管理', '安监'] },
  { id: '审计', words: ['审计'] },
  { id: '国有资产', words: ['国有资产', '国资'] },
  { id: '药品监管', words: ['药品监督', '药品监管', '药监'] },
  { id: '市场监管', words: ['市场监督管理', '市场监管', '市场和质量监督', '工商行政管理', '工商', '质量技术监督'] },
  { id: '广播电视', words: ['广播电视', '广电', '新闻出版'] },
  { id: '体育', words: ['体育'] },
  { id: '统计', words: ['统计', '调查队'] },
  { id: '医疗保障', words: ['医疗保障', '医保'] },
  { id: '卫生健康', words: ['卫生健康', '卫健', '卫生和计划生育', '卫生计生', '卫生局', '卫生厅', '卫生部', '计划生育'] },
  { id: '林业草原', words: ['林业和草原', '林业', '草原', '林草'] },
  { id: '城市管理', words: ['城市管理', '城管', '市容'] },
  { id: '综合行政执法', words: ['综合行政执法', '综合执法'] },
  { id: '税务', words: ['税务'] },
  { id: '海关', words: ['海关'] },
  { id: '气象', words: ['气象'] },
  { id: '信访', words: ['信访'] },
  { id: '政务服务和数据', words: ['政务服务', '政务和数据', '数据资源', '大数据', '数据局', '行政审批'] },
  { id: '粮食和物资储备', words: ['粮食', '物资储备'] },
  { id: '人民防空', words: ['人民防空', '人防'] },
  { id: '机关事务', words: ['机关事务'] },
  { id: '地方金融', words: ['金融'] },
  { id: '知识产权', words: ['知识产权'] },
  { id: '能源', words: ['能源'] },
  { id: '外事', words: ['外事', '外办', '外侨'] },
  { id: '邮政', words: ['邮政'] },
  { id: '烟草专卖', words: ['烟草'] },
  { id: '乡村振兴', words: ['乡村振兴', '扶贫'] },
  { id: '档案', words: ['档案'] },
  { id: '消防救援', words: ['消防'] },
  { id: '地震', words: ['地震'] },
];
