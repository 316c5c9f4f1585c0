<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../packconfig/gui/app.py" line="+68"/>
        <source>Something unexpected went wrong: %1

Your design is still open; save it under a new name to be safe.</source>
        <translation>发生了意外错误：%1

您的设计仍处于打开状态；为安全起见，请另存为新文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Details were written to %1</source>
        <translation>详细信息已写入 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>BomTab</name>
    <message>
        <location filename="../../packconfig/gui/bom_tab.py" line="+127"/>
        <source>Export BOM…</source>
        <translation>导出物料清单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the bill of materials as CSV or XLSX</source>
        <translation>将物料清单保存为 CSV 或 XLSX</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 lines · parts total %2 · hardware %3 · cell-to-pack %4 by mass · %5</source>
        <translation>%1 行 · 零件合计 %2 · 结构件 %3 · 电芯/电池包质量比 %4 · %5</translation>
    </message>
</context>
<context>
    <name>CellBrowser</name>
    <message>
        <location filename="../../packconfig/gui/cell_table.py" line="+36"/>
        <source>ID</source>
        <extracomment>(header, figure) — figure is a Cell attribute, &quot;wh_kg&quot; or &quot;price&quot;.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/cell_details.py" line="+85"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Manufacturer</source>
        <extracomment>Display kinds that differ from the field&apos;s kind: an RC time constant is seconds (the &quot;time&quot; kind shows a charge time in hours or minutes).</extracomment>
        <translation>制造商</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Format</source>
        <translation>封装形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Chemistry</source>
        <translation>化学体系</translation>
    </message>
    <message>
        <location line="-73"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Nominal voltage</source>
        <extracomment>Detail pane names of the cell&apos;s figures (keys of ``QUANTITY_FIELDS``).</extracomment>
        <translation>标称电压</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Wh/kg</source>
        <translation>Wh/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max current</source>
        <translation>最大电流</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/cell_details.py" line="+82"/>
        <location filename="../../packconfig/gui/cell_table.py" line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Maximum (charge) voltage</source>
        <translation>最高（充电）电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum (cut-off) voltage</source>
        <translation>最低（截止）电压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum capacity</source>
        <translation>最小容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diameter</source>
        <translation>直径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thickness</source>
        <translation>厚度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum continuous discharge current</source>
        <translation>最大持续放电电流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum continuous charge current</source>
        <translation>最大持续充电电流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standard charge current</source>
        <translation>标准充电电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal resistance</source>
        <translation>内阻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle-life test temperature</source>
        <translation>循环寿命测试温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle-life test charge rate</source>
        <translation>循环寿命测试充电倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle-life test discharge rate</source>
        <translation>循环寿命测试放电倍率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle-life test depth of discharge</source>
        <translation>循环寿命测试放电深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle-life end capacity</source>
        <translation>循环寿命终止容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC resistance (R0)</source>
        <translation>直流内阻（R0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RC pair 1 resistance</source>
        <translation>RC 环节 1 电阻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RC pair 1 time constant</source>
        <translation>RC 环节 1 时间常数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RC pair 2 resistance</source>
        <translation>RC 环节 2 电阻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RC pair 2 time constant</source>
        <translation>RC 环节 2 时间常数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specific heat</source>
        <translation>比热容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance activation energy</source>
        <translation>内阻活化能</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle life</source>
        <translation>循环寿命</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cycle-life conditions source</source>
        <translation>循环寿命条件来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Charge temperature</source>
        <translation>充电温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharge temperature</source>
        <translation>放电温度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Equivalent-circuit source</source>
        <translation>等效电路参数来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equivalent circuit</source>
        <translation>等效电路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the chemistry&apos;s defaults</source>
        <translation>采用该化学体系的默认值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Datasheet source</source>
        <translation>规格书来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/cell_browser.py" line="+208"/>
        <source>Search cells…</source>
        <translation>搜索电芯…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only cells whose id, manufacturer, model, format or chemistry contains this text</source>
        <translation>只显示编号、制造商、型号、封装形式或化学体系包含此文字的电芯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All chemistries</source>
        <translation>全部化学体系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only cells of this chemistry</source>
        <translation>只显示该化学体系的电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All formats</source>
        <translation>全部封装形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only cells of this format (cylindrical size, prismatic or pouch)</source>
        <translation>只显示该封装形式的电芯（圆柱尺寸、方形或软包）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cell catalog; click a row to use that cell</source>
        <translation>电芯目录；单击一行即选用该电芯</translation>
    </message>
</context>
<context>
    <name>CellEditor</name>
    <message>
        <location filename="../../packconfig/gui/cell_editor.py" line="+53"/>
        <source>Cell id</source>
        <extracomment>Text fields&apos; names (quantities use the detail pane&apos;s names, ``DETAIL_LABELS``).</extracomment>
        <translation>电芯编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>封装形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemistry</source>
        <translation>化学体系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemistry detail</source>
        <translation>化学体系详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Datasheet source</source>
        <translation>规格书来源</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Source type</source>
        <translation>来源类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle life</source>
        <translation>循环寿命</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle life conditions</source>
        <translation>循环寿命测试条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge temperature</source>
        <translation>充电温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discharge temperature</source>
        <translation>放电温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price source</source>
        <translation>价格来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle-life conditions source</source>
        <translation>循环寿命条件来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equivalent-circuit source</source>
        <translation>等效电路参数来源</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Identity</source>
        <extracomment>An example value of each quantity, in a usual datasheet unit (any unit of the right kind is accepted). The unit shown beside each kind of quantity (any unit of that kind is accepted). Every quantity field of a cell file and its kind (datasheet figures, then the optional equivalent-circuit figures). Suggested confidence levels (any text is accepted). The groups of the form: (title, keys), placed top to bottom in two columns (the first five rows of groups hold about as many fields as the other three).</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Electrical</source>
        <translation>电气参数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size and mass</source>
        <translation>尺寸与质量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Life, temperature and price</source>
        <translation>寿命、温度与价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle-life test conditions</source>
        <translation>循环寿命测试条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equivalent circuit (optional)</source>
        <translation>等效电路（可选）</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>New cell</source>
        <extracomment>The column of each group in :data:`GROUPS` (0 left, 1 right).</extracomment>
        <translation>新建电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate cell %1</source>
        <translation>复制电芯 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit cell %1</source>
        <translation>编辑电芯 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters, digits and . _ + -, e.g. ACME-21700-50</source>
        <translation>字母、数字及 . _ + -，例如 ACME-21700-50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document title, publisher and date, e.g. ACME 21700-50 datasheet, ACME Corp., 2025</source>
        <translation>文件名称、发布方和日期，例如 ACME 21700-50 规格书，ACME 公司，2025</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still required: %1</source>
        <translation>尚需填写：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an id starts with a letter or digit and holds only letters, digits and . _ + - (at most 64)</source>
        <translation>编号须以字母或数字开头，只能包含字母、数字及 . _ + -（最多 64 个字符）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a cell with this id is already in the catalog: choose another id</source>
        <translation>目录中已有该编号的电芯，请换一个编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file for this id is already in your cells folder: choose another id</source>
        <translation>您的电芯文件夹中已有该编号的文件，请换一个编号</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 is one of several cells in a file of your cells folder; the editor only rewrites files of one cell. Duplicate it to edit a copy?</source>
        <translation>%1 与其他电芯保存在您电芯文件夹中的同一个文件里；编辑器只改写仅含一个电芯的文件。是否复制后编辑副本？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a shipped catalog cell and cannot be changed. Duplicate it to edit a copy under a new id?</source>
        <translation>%1 是随软件提供的目录电芯，不能修改。是否复制为新编号的副本后再编辑？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit cell</source>
        <translation>编辑电芯</translation>
    </message>
</context>
<context>
    <name>CellImport</name>
    <message>
        <location filename="../../packconfig/gui/cell_import.py" line="+50"/>
        <source>missing %1: no pack can be computed without it</source>
        <translation>缺少%1：没有它无法计算电池包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the id is empty or holds characters other than letters, digits and . _ + -</source>
        <translation>编号为空，或含有字母、数字及 . _ + - 以外的字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an earlier row has the same id</source>
        <translation>前面已有一行使用相同编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a shipped catalog cell has this id (change the id to import the row as your own cell)</source>
        <translation>随软件提供的目录中已有该编号的电芯（请修改编号，作为您自己的电芯导入）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of your cells already has this id (edit that cell instead)</source>
        <translation>您的电芯中已有该编号（请改为编辑该电芯）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file for this id is already in your cells folder: %1</source>
        <translation>您的电芯文件夹中已有该编号的文件：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+49"/>
        <location line="+10"/>
        <source>Import cells</source>
        <translation>导入电芯</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1: %2 of %3 rows imported into your cells folder, %4 refused.</source>
        <translation>%1：共 %3 行，%2 行已导入您的电芯文件夹，%4 行被拒绝。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell id</source>
        <translation>电芯编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Datasheet CSV (*.csv);;All files (*)</source>
        <translation>规格书 CSV（*.csv）;;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../packconfig/gui/explorer/model.py" line="+148"/>
        <source>Compare designs</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cell</source>
        <translation>电芯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chemistry / format</source>
        <translation>化学体系 / 封装形式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cells</source>
        <translation>电芯数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
</context>
<context>
    <name>ConfigPanel</name>
    <message>
        <location filename="../../packconfig/gui/config_panel.py" line="+128"/>
        <source>S: number of cells (parallel groups) in series; sets the pack voltage</source>
        <extracomment>Controls whose value :meth:`ConfigPanel.state` keeps, by attribute name.</extracomment>
        <translation>串数 S：串联的电芯（并联组）数量，决定电池包电压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P: number of cells in parallel in each group; sets capacity and current</source>
        <translation>并数 P：每个并联组内并联的电芯数量，决定容量和电流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target pack voltage with its unit, e.g. &quot;48 V&quot;; Suggest S picks the nearest nominal voltage</source>
        <translation>目标电池包电压（带单位），例如“48 V”；“推荐串数”选取最接近的标称电压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest S</source>
        <translation>推荐串数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set S so the nominal pack voltage is nearest the target</source>
        <translation>设置串数，使电池包标称电压最接近目标值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target capacity (A·h), energy (Wh, kWh) or continuous current (A), e.g. &quot;100 Ah&quot;, &quot;5 kWh&quot; or &quot;150 A&quot;; Suggest P picks the smallest P that meets it</source>
        <translation>目标容量（A·h）、能量（Wh、kWh）或持续电流（A），例如“100 Ah”、“5 kWh”或“150 A”；“推荐并数”选取满足目标的最小并数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>100 Ah · 5 kWh · 150 A</source>
        <translation>100 Ah · 5 kWh · 150 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggest P</source>
        <translation>推荐并数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set P to the smallest value meeting the target</source>
        <translation>将并数设为满足目标的最小值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom usable SOC window</source>
        <translation>自定义可用 SOC 区间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the chemistry&apos;s default usable window. On: the window below (percent of state of charge)</source>
        <translation>关闭：使用该化学体系的默认可用区间。开启：使用下方区间（荷电状态百分比）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lowest state of charge used, in percent (0–100 %)</source>
        <translation>使用的最低荷电状态，百分比（0–100 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest state of charge used, in percent (0–100 %)</source>
        <translation>使用的最高荷电状态，百分比（0–100 %）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating (discharge) current for voltage sag and heat, with its unit, e.g. &quot;50 A&quot;; empty = 1C (pack capacity over one hour)</source>
        <translation>用于计算压降和发热的工作（放电）电流（带单位），例如“50 A”；留空 = 1C（一小时放完电池包容量）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1C (default)</source>
        <translation>1C（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge current for the charge time, with its unit, e.g. &quot;20 A&quot;; empty = P × the cell&apos;s standard charge current</source>
        <translation>用于计算充电时间的充电电流（带单位），例如“20 A”；留空 = 并数 × 电芯标准充电电流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cell standard (default)</source>
        <translation>电芯标准值（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the cells stand in the block: square grid, or honeycomb (cylindrical cells only; rows offset by half a cell)</source>
        <translation>电芯在模组中的排列方式：方阵，或蜂窝排列（仅限圆柱电芯；相邻两排错开半个电芯）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Square</source>
        <translation>方阵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Honeycomb</source>
        <translation>蜂窝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gap between neighbouring cells, in millimetres (0–100 mm)</source>
        <translation>相邻电芯之间的间隙，单位毫米（0–100 mm）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>BMS</source>
        <translation>BMS</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Include a battery management system (adds its mass: base + per series cell)</source>
        <translation>包含电池管理系统（增加其质量：基础质量 + 每串电芯的质量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Enclosure</source>
        <translation>箱体</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Include the enclosure and structure (adds mass and the wall thickness to the size)</source>
        <translation>包含箱体与结构件（增加质量，尺寸加上壁厚）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thermal management: none, air cooling or liquid cooling (adds mass)</source>
        <translation>热管理：无、风冷或液冷（增加质量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cell and arrangement</source>
        <translation>电芯与成组方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>使用条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build</source>
        <translation>结构</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cell</source>
        <translation>电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series × parallel</source>
        <translation>串数 × 并数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target voltage</source>
        <translation>目标电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target for P</source>
        <translation>并数目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable SOC</source>
        <translation>可用 SOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>Operating current</source>
        <translation>工作电流</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+81"/>
        <source>Charge current</source>
        <translation>充电电流</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>gap</source>
        <translation>间隙</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Layout</source>
        <translation>排列</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Overheads</source>
        <translation>附加部件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+86"/>
        <source>Thermal</source>
        <translation>热管理</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>Series %n</source>
        <translation>
            <numerusform>串数 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Parallel %n</source>
        <translation>
            <numerusform>并数 %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gap</source>
        <translation>间隙</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Suggested %n in series</source>
        <translation>
            <numerusform>推荐 %n 串</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give a target capacity, energy or current first</source>
        <translation>请先输入目标容量、能量或电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target for P</source>
        <translation>并数目标</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Suggested %n in parallel</source>
        <translation>
            <numerusform>推荐 %n 并</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usable SOC window</source>
        <translation>可用 SOC 区间</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The cell used: %1 %2 (pick another in the cell table)</source>
        <translation>所用电芯：%1 %2（可在电芯表中另选）</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <location filename="../../packconfig/gui/charts/cost_chart.py" line="+23"/>
        <source>Cells</source>
        <extracomment>Cost line keys (core ``CostLine.key``) -&gt; label in the chart; unknown keys (user cost components) keep the label from the settings.</extracomment>
        <translation>电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module hardware</source>
        <translation>模组硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junction box</source>
        <translation>高压配电盒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack hardware</source>
        <translation>电池包硬件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BMS</source>
        <translation>BMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclosure &amp; structure</source>
        <translation>箱体与结构件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busbars &amp; interconnects</source>
        <translation>汇流排与连接件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal management</source>
        <translation>热管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assembly labour</source>
        <translation>装配人工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-of-line testing</source>
        <translation>下线测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packaging</source>
        <translation>包装</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thermal management (air)</source>
        <translation>热管理（风冷）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cost build-up of one pack, in the quote currency</source>
        <translation>单个电池包的成本构成（报价币种）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overhead</source>
        <translation>管理费用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty</source>
        <translation>质保费用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unit cost %1 · list price %2</source>
        <translation>单位成本 %1 · 目录价 %2</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../packconfig/gui/customers.py" line="+179"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company (Chinese)</source>
        <translation>公司名称（中文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default currency</source>
        <translation>默认货币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal name as printed on quotes</source>
        <translation>报价单上打印的法定名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on Chinese quotes</source>
        <translation>打印在中文报价单上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(settings default)</source>
        <translation>（使用设置中的默认值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(interface language)</source>
        <translation>（界面语言）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to customer book</source>
        <translation>保存到客户簿</translation>
    </message>
</context>
<context>
    <name>ExplorerTab</name>
    <message>
        <location filename="../../packconfig/gui/explorer/tab.py" line="+125"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in example requirements (a 350-420 V, 60 kWh vehicle pack); an empty field is no requirement</source>
        <translation>填入示例需求（350–420 V、60 kWh 的车用电池包）；留空的字段表示无此项要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty every field (no requirements)</source>
        <translation>清空所有字段（无任何要求）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this design</source>
        <translation>采用此方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Enter requirements and press Search.</source>
        <translation>请输入需求，然后点击“搜索”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 designs meet the requirements; showing %3 (%4 on the Pareto front) in %5 s.</source>
        <translation>%2 个方案中有 %1 个满足需求；显示 %3 个（其中 %4 个位于帕累托前沿），用时 %5 秒。</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Search cancelled.</source>
        <translation>搜索已取消。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select 2 to 4 designs to compare.</source>
        <translation>请选择 2 至 4 个方案进行对比。</translation>
    </message>
</context>
<context>
    <name>LayoutView</name>
    <message>
        <location filename="../../packconfig/gui/charts/layout_view.py" line="+89"/>
        <location line="+5"/>
        <source>Cell block from above: each colour is one parallel group; the line is the series path from − to +</source>
        <extracomment>Largest pack whose drawing is stored for the first paint (above it, the cells are drawn without outlines and the state file would grow past ~200 kB).</extracomment>
        <translation>电芯模组俯视图：每种颜色代表一个并联组；连线为从 − 到 + 的串联路径</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1  (cell block)</source>
        <translation>%1（电芯模组）</translation>
    </message>
</context>
<context>
    <name>LifeChart</name>
    <message>
        <location filename="../../packconfig/gui/lifetime/chart.py" line="+55"/>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity (% of new)</source>
        <translation>容量（新品的 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance (× new)</source>
        <translation>内阻（新品的倍数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance</source>
        <translation>内阻</translation>
    </message>
</context>
<context>
    <name>LifetimePage</name>
    <message>
        <location filename="../../packconfig/gui/lifetime/page.py" line="+331"/>
        <source>Cycles per day</source>
        <translation>每日循环次数</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Depth of discharge</source>
        <translation>放电深度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ambient temperature</source>
        <translation>环境温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack temperature rise</source>
        <translation>电池包温升</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rest SOC</source>
        <translation>静置 SOC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage</source>
        <translation>使用工况</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Usage from</source>
        <translation>使用工况来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge / discharge rate</source>
        <translation>充电 / 放电倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive cycle, vehicle</source>
        <translation>行驶工况、车辆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile file</source>
        <translation>工况文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling</source>
        <translation>冷却方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Years, warranty end of life</source>
        <translation>预测年限、质保寿命终点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The pack&apos;s own temperature rise while cycling, added to the ambient: computed by the thermal model when &apos;rise from the thermal model&apos; is on, else as typed</source>
        <translation>电池包循环时自身的温升，叠加在环境温度上：勾选“由热模型计算温升”时由热模型计算，否则按输入值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One temperature (e.g. 25 °C) or twelve monthly values separated by commas</source>
        <translation>一个温度（例如 25 °C），或用逗号分隔的十二个月度温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To 80 % SOH</source>
        <translation>至 80% SOH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To 70 % SOH</source>
        <translation>至 70% SOH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime energy throughput</source>
        <translation>全寿命能量吞吐量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime cost per kWh delivered</source>
        <translation>全寿命每 kWh 放电成本</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Warranty proposal</source>
        <translation>质保建议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty proposal (Chinese quote)</source>
        <translation>质保建议（中文报价）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty proposal (English quote)</source>
        <translation>质保建议（英文报价）</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Worded in the quote&apos;s PDF language, as the quote will state it</source>
        <translation>按报价单 PDF 的语言表述，与报价单上所写一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use proposal</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typical</source>
        <translation>典型值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guaranteed</source>
        <translation>保证值</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Runs per day</source>
        <translation>每日运行次数</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Model: %1. Scaled to the datasheet rating: %2.</source>
        <translation>模型：%1。按规格书循环寿命缩放：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Usage counted by rainflow from the simulated day: %1.</source>
        <translation>使用工况由仿真日工况经雨流计数得出：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range: %1, %2, repeated until empty, %3.</source>
        <translation>续驶里程：%1，%2，重复至电量耗尽，%3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 cycles</source>
        <translation>%1 · %2 次循环</translation>
    </message>
</context>
<context>
    <name>LinesEditor</name>
    <message>
        <location filename="../../packconfig/gui/quote_lines.py" line="+265"/>
        <source>Add line</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line: options, NRE and tooling, spare modules, chargers, freight</source>
        <translation>添加一行：选配、开发费与模具费、备用模组、充电机、运费</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose UN38.3 samples</source>
        <translation>添加 UN38.3 样品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the UN38.3 test samples for this pack: 16 packs up to 12 kg, 8 above (UN Manual of Tests and Criteria 38.3.3)</source>
        <translation>为本电池包添加 UN38.3 测试样品：12 kg 及以下 16 套，超过 12 kg 8 套（联合国《试验和标准手册》第 38.3.3 节）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../packconfig/gui/actions.py" line="+119"/>
        <source>&amp;New</source>
        <extracomment>the cell editor&apos;s actions: &quot;new&quot;, &quot;edit&quot;, &quot;duplicate&quot;, &quot;import&quot;</extracomment>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new design</source>
        <translation>开始一个新设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a project file</source>
        <translation>打开项目文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the design to its project file</source>
        <translation>将设计保存到其项目文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the design to a new project file</source>
        <translation>将设计保存为新的项目文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the quote as PDF</source>
        <translation>将报价单导出为 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue Quote and Export PDF…</source>
        <translation>开具报价并导出 PDF(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the quote, record it and write its PDF: both happen or neither does</source>
        <translation>为报价编号、登记并写出 PDF：两者要么都完成，要么都不发生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit packconfig</source>
        <translation>退出 packconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About packconfig</source>
        <translation>关于 packconfig(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and credits</source>
        <translation>版本与致谢</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Seller profile, quoting defaults, tax, exchange rates, cell prices</source>
        <translation>卖方资料、报价默认值、税率、汇率、电芯价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New Cell…</source>
        <translation>新建电芯(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a new cell from its datasheet</source>
        <translation>根据规格书录入新电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Cell…</source>
        <translation>编辑电芯(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the design&apos;s cell (your own cells; shipped cells are duplicated to edit)</source>
        <translation>编辑当前方案的电芯（限您自己的电芯；随软件提供的电芯需复制后编辑）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate Cell…</source>
        <translation>复制电芯(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new cell starting from the design&apos;s cell</source>
        <translation>以当前方案的电芯为基础新建电芯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Cells…</source>
        <translation>导入电芯(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import cells from a datasheet CSV into your cells folder</source>
        <translation>从规格书 CSV 导入电芯到您的电芯文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cells</source>
        <translation>电芯(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch the interface language now</source>
        <translation>立即切换界面语言</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_frame.py" line="+72"/>
        <location filename="../../packconfig/gui/window_language.py" line="+53"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../packconfig/gui/window_language.py" line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/cell_editor.py" line="-48"/>
        <location filename="../../packconfig/gui/main_window.py" line="+219"/>
        <source>Cell %1</source>
        <translation>电芯 %1</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_core.py" line="+196"/>
        <source>Cost not available</source>
        <translation>无成本数据</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_files.py" line="+24"/>
        <source>packconfig projects and quote PDFs (*.pcproj.json *.json *.pdf);;All files (*)</source>
        <translation>packconfig 项目和报价单 PDF (*.pcproj.json *.json *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_pages.py" line="+79"/>
        <source>Unknown cell %1</source>
        <translation>未知电芯 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use %1 %2S%3P</source>
        <translation>采用 %1 %2S%3P</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/main_window.py" line="+41"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_files.py" line="+9"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The design has unsaved changes. Save them first?</source>
        <translation>设计有未保存的更改。是否先保存？</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The design was not saved and is still open.

%1</source>
        <translation>设计未保存，仍处于打开状态。

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_pages.py" line="-60"/>
        <source>Layout</source>
        <translation>排布图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage vs SOC</source>
        <translation>电压-SOC 曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost breakdown</source>
        <translation>成本构成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configurator</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design explorer</source>
        <translation>方案搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance</source>
        <translation>使用性能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>寿命</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/main_window.py" line="+99"/>
        <source>About packconfig</source>
        <translation>关于 packconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;packconfig %1&lt;/h3&gt;&lt;p&gt;Battery pack configurator and quoting tool.&lt;/p&gt;&lt;p&gt;Pack figures from the cell datasheets; check every quote against the cell maker&apos;s latest data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;packconfig %1&lt;/h3&gt;&lt;p&gt;电池包配置与报价工具。&lt;/p&gt;&lt;p&gt;电池包参数依据电芯规格书计算；每份报价均须与电芯厂商的最新数据核对。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/pdf_export.py" line="+61"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the quote first: a PDF is made from an issued, numbered quote.</source>
        <translation>请先开具报价：PDF 只能由已开具并编号的报价生成。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export quote PDF</source>
        <translation>导出报价单 PDF</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/issue_export.py" line="+96"/>
        <location filename="../../packconfig/gui/pdf_export.py" line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/pdf_export.py" line="+17"/>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot export PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF was not written; your design and quote are unchanged.

%1</source>
        <translation>PDF 未写入；您的设计和报价均未改变。

%1</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/quote_actions.py" line="+71"/>
        <source>Issue quote %1</source>
        <translation>开具报价 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued %1</source>
        <translation>已开具 %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Quote register</source>
        <translation>报价登记簿</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opened %1 from the register</source>
        <translation>已从报价登记簿打开 %1</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/issue_export.py" line="-27"/>
        <location filename="../../packconfig/gui/quote_actions.py" line="-101"/>
        <source>Customer missing</source>
        <extracomment>Record a quote issued elsewhere (File → Issue Quote and Export PDF…) like Issue quote.</extracomment>
        <translation>缺少客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../packconfig/gui/quote_actions.py" line="+1"/>
        <source>Enter the customer company before issuing a quote.</source>
        <translation>开具报价前请先填写客户公司名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../packconfig/gui/quote_actions.py" line="+8"/>
        <source>Cannot issue quote</source>
        <translation>无法开具报价</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Issue quote and export PDF</source>
        <translation>开具报价并导出 PDF</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Issued %1 and exported %2</source>
        <translation>已开具 %1 并导出 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot issue and export</source>
        <translation>无法开具并导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was issued and no PDF was written; the quote number is still free.

%1</source>
        <translation>未开具任何报价，也未写出 PDF；报价编号仍未占用。

%1</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/quote_actions.py" line="+12"/>
        <source>Cannot issue revision</source>
        <translation>无法开具新版本</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/signing_ui.py" line="+69"/>
        <source>Sign the quote</source>
        <translation>签署报价单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the signing certificate %1:</source>
        <translation>签名证书 %1 的密码：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Export cancelled: the quote was not signed</source>
        <translation>已取消导出：报价单未签名</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot sign the quote</source>
        <translation>无法签署报价单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF was not exported.

%1</source>
        <translation>未导出 PDF。

%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>This quote PDF is not intact</source>
        <translation>此报价 PDF 已不完整</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/commerce_actions.py" line="+31"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>UN38.3 samples</source>
        <translation>UN38.3 样品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack mass is unknown, so the number of UN38.3 samples cannot be chosen. Add the line by hand.</source>
        <translation>电池包质量未知，无法确定 UN38.3 样品数量，请手动添加该行。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the quote as a spreadsheet</source>
        <translation>将报价导出为电子表格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot export the spreadsheet</source>
        <translation>无法导出电子表格</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/register_link.py" line="+199"/>
        <location line="+12"/>
        <source>Customer book</source>
        <extracomment>Codes meaning &quot;the register cannot be reached now&quot; (a retry may help).</extracomment>
        <translation>客户簿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer %1 saved in the customer book</source>
        <translation>客户 %1 已保存到客户簿</translation>
    </message>
</context>
<context>
    <name>ModulePanel</name>
    <message>
        <location filename="../../packconfig/gui/module_panel.py" line="+97"/>
        <source>Modules</source>
        <translation>模组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module S × P</source>
        <translation>模组 S × P</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Arrangement</source>
        <translation>排布</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cells in series per module; S must be a multiple of it. auto = the suggested split</source>
        <translation>每个模组的串联电芯数；S 必须是它的整数倍。自动 = 采用建议的划分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cells in parallel per module; P must be a multiple of it (P / module P strings). auto = the suggested split</source>
        <translation>每个模组的并联电芯数；P 必须是它的整数倍（P / 模组 P 为并联串数）。自动 = 采用建议的划分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (e.g. 3x4x1)</source>
        <translation>自动（例如 3x4x1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modules in the pack as rows x columns x layers, e.g. &quot;3x4x1&quot;; empty = a near-square single layer</source>
        <translation>电池包内模组的 行x列x层，例如“3x4x1”；留空 = 接近正方形的单层排布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the split with the fewest modules whose voltage (≤ 60 V) and mass (≤ 23 kg) stay within the rules</source>
        <translation>采用模组数最少且电压（≤ 60 V）和质量（≤ 23 kg）符合规则的划分</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Cell-to-pack</source>
        <translation>无模组 (CTP)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No modules: the cells sit directly in the pack (one level fewer)</source>
        <translation>无模组：电芯直接装入电池包（少一个层级）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Module series</source>
        <translation>模组串数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Module parallel</source>
        <translation>模组并数</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Suggested module split</source>
        <translation>建议的模组划分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module split %1S%2P</source>
        <translation>模组划分 %1S%2P</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cell-to-pack: no modules</source>
        <translation>无模组 (CTP)：电芯直接成包</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Modules: %n × %2 · %3 · %4 · %5×%6×%7</source>
        <translation>
            <numerusform>模组：%n × %2 · %3 · %4 · %5×%6×%7</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>suggested</source>
        <translation>建议值</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Rules: %n not met (see the warnings)</source>
        <translation>
            <numerusform>规则：%n 项未满足（见警告）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rules met (≤ 60 V, ≤ 23 kg per module; ≤ 2 strings; contactor, fuse)</source>
        <translation>规则均满足（每模组 ≤ 60 V、≤ 23 kg；≤ 2 串；接触器、熔断器）</translation>
    </message>
</context>
<context>
    <name>ModuleSection</name>
    <message>
        <location filename="../../packconfig/gui/module_section.py" line="+54"/>
        <source>Pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BOM</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;BOM…</source>
        <translation>导出物料清单(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the bill of materials as CSV or XLSX</source>
        <translation>将物料清单保存为 CSV 或 XLSX</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+6"/>
        <location line="+14"/>
        <source>Export BOM</source>
        <translation>导出物料清单</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>There is no valid design to export.</source>
        <translation>当前没有可导出的有效设计。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>BOM saved: %1</source>
        <translation>物料清单已保存：%1</translation>
    </message>
</context>
<context>
    <name>OcvChart</name>
    <message>
        <location filename="../../packconfig/gui/charts/ocv_chart.py" line="+49"/>
        <source>State of charge (%)</source>
        <translation>荷电状态 SOC (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack OCV (V)</source>
        <translation>电池包开路电压 (V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack open-circuit voltage against state of charge (chemistry OCV curve × S); shaded: usable SOC window</source>
        <translation>电池包开路电压随荷电状态的变化（化学体系 OCV 曲线 × 串数）；阴影部分：可用 SOC 区间</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · %2S</source>
        <translation>%1 · %2 串</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../packconfig/gui/charts/pack_view.py" line="+34"/>
        <source>The pack from above: modules numbered along the series path from HV− to HV+, colour = string, JB = junction box</source>
        <translation>电池包俯视图：模组按串联路径从 HV− 到 HV+ 编号，颜色 = 并联串，JB = 高压配电盒</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>JB</source>
        <translation>JB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>× %1 layers</source>
        <translation>× %1 层</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <location filename="../../packconfig/gui/explorer/form.py" line="+300"/>
        <source>No search yet. Enter requirements (or press Example) and press Search: each design found is plotted here by unit price and pack mass.</source>
        <translation>尚未搜索。请输入需求（或点击“示例”）后点击“搜索”：找到的每个方案将按单价和电池包质量绘制在此处。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No design meets the requirements: nothing to plot. The summary below says what to relax.</source>
        <translation>没有满足需求的方案，无可绘制内容。下方摘要说明了可放宽哪些条件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The designs found have no price: nothing to plot by price.</source>
        <translation>找到的方案没有价格，无法按价格绘制。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Price vs mass</source>
        <translation>价格-质量分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>designs</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto front (price, mass, volume)</source>
        <translation>帕累托前沿（价格、质量、体积）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>unit price (%1)</source>
        <translation>单价 (%1)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack mass (kg)</source>
        <translation>电池包质量 (kg)</translation>
    </message>
</context>
<context>
    <name>PerformanceTab</name>
    <message>
        <location filename="../../packconfig/gui/performance/tab.py" line="+152"/>
        <source>WLTC class 3b</source>
        <translation>WLTC 3b 类工况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDDS (EPA urban)</source>
        <translation>UDDS（美国 EPA 城市工况）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NEDC</source>
        <translation>NEDC 工况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLTC-P (not available)</source>
        <translation>CLTC-P（未提供）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile CSV file…</source>
        <translation>工况 CSV 文件…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile: %1</source>
        <translation>工况：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vehicle file…</source>
        <translation>车辆文件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile or cycle</source>
        <translation>工况或循环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambient</source>
        <translation>环境温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling</source>
        <translation>冷却方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>续航</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge from</source>
        <translation>充电起始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge to</source>
        <translation>充电目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charger power</source>
        <translation>充电桩功率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>air</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liquid</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat until empty</source>
        <translation>循环运行直至放空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simulate</source>
        <translation>仿真</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty = cell limits only</source>
        <translation>留空 = 仅受电芯限制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOC</source>
        <translation>SOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge</source>
        <translation>充电</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Press Simulate to run the design.</source>
        <translation>点击“仿真”运行当前设计。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The design changed: press Simulate again.</source>
        <translation>设计已更改：请再次点击“仿真”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load profile</source>
        <translation>负载工况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vehicle file</source>
        <translation>车辆文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vehicle files (*.toml);;All files (*)</source>
        <translation>车辆文件 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Simulating…</source>
        <translation>正在仿真…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Time (h)</source>
        <translation>时间（h）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Time (min)</source>
        <translation>时间（min）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Pack voltage (V)</source>
        <translation>电池包电压（V）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack current (A)</source>
        <translation>电池包电流（A）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>SOC (%)</source>
        <translation>SOC（%）</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cell temperature (°C)</source>
        <translation>电芯温度（°C）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cut-off voltage reached</source>
        <translation>达到截止电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power not deliverable (voltage collapse)</source>
        <translation>无法输出所需功率（电压崩溃）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maximum cell temperature reached</source>
        <translation>达到电芯最高温度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>below the minimum discharge temperature</source>
        <translation>低于最低放电温度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>empty (SOC 0)</source>
        <translation>已放空（SOC 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full (SOC 100 %)</source>
        <translation>已充满（SOC 100 %）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step limit reached</source>
        <translation>达到步骤限值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile complete</source>
        <translation>工况运行完毕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time limit reached</source>
        <translation>达到时间上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target SOC reached</source>
        <translation>达到目标 SOC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CV current below the cut-off</source>
        <translation>恒压电流低于截止电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside the charge temperature window</source>
        <translation>超出充电温度范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>engineering estimate</source>
        <translation>工程估计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Charge %1 → %2 %</source>
        <translation>充电 %1 → %2 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile</source>
        <translation>工况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>停止原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Energy delivered</source>
        <translation>输出能量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Range / distance</source>
        <translation>续航 / 行驶距离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumption</source>
        <translation>能耗</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lowest voltage / cut-off</source>
        <translation>最低电压 / 截止电压</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highest cell temperature / limit</source>
        <translation>最高电芯温度 / 限值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Energy from the grid</source>
        <translation>电网取电量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambient %1, cooling %2, h %3</source>
        <translation>环境 %1，冷却 %2，换热系数 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model confidence</source>
        <translation>模型可信度</translation>
    </message>
</context>
<context>
    <name>QuoteLines</name>
    <message>
        <location filename="../../packconfig/gui/quote_lines.py" line="-225"/>
        <source>Description</source>
        <translation>品名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price / rule</source>
        <translation>单价/计价规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disc. %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>税类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set</source>
        <translation>套</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lot</source>
        <translation>批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack</source>
        <translation>套</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option</source>
        <translation>选配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NRE</source>
        <translation>开发费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tooling</source>
        <translation>模具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samples</source>
        <translation>样品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spare modules</source>
        <translation>备用模组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>charger</source>
        <translation>充电机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>freight</source>
        <translation>运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard</source>
        <translation>标准税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zero-rated</source>
        <translation>零税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exempt</source>
        <translation>免税</translation>
    </message>
</context>
<context>
    <name>QuotePanel</name>
    <message>
        <location filename="../../packconfig/gui/quote_panel.py" line="+253"/>
        <source>Customer company name as printed on the quote</source>
        <translation>报价单上打印的客户公司名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer company</source>
        <translation>客户公司</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer contact person</source>
        <translation>客户联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> packs</source>
        <translation> 套</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of packs quoted; volume tiers apply</source>
        <translation>报价的电池包数量；适用阶梯价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote currency; catalog prices are converted at the dated exchange rate</source>
        <translation>报价币种；目录价格按当日汇率换算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin on price, in percent: price = cost / (1 − margin)</source>
        <translation>毛利率（按售价计），百分比：售价 = 成本 / (1 − 毛利率)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the quote is valid, in days from its date</source>
        <translation>报价有效期，自报价日期起的天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes printed on the quote</source>
        <translation>打印在报价单上的备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-text notes printed on the quote</source>
        <translation>打印在报价单上的自由备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume tiers from the commercial settings (%1 convention)</source>
        <translation>来自商务设置的阶梯价（%1 计价方式）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List unit price</source>
        <translation>目录单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price at this quantity</source>
        <translation>该数量下的单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>不含税总价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total incl. tax</source>
        <translation>含税总价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue quote</source>
        <translation>开具报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number this quote and record it in the quote register</source>
        <translation>为本报价编号并记入报价登记簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New revision</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the next revision of the last issued quote with the current design and terms</source>
        <translation>以当前设计和条款开具上一份报价的下一版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the exported PDF quote (defaults to the interface language)</source>
        <translation>导出的 PDF 报价单语言（默认与界面语言相同）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BOM summary</source>
        <translation>物料清单汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the bill-of-materials summary in the quotes issued from now on</source>
        <translation>此后签发的报价单中包含物料清单汇总</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last issued quote as a PDF for the customer</source>
        <translation>将最近开具的报价导出为给客户的 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export XLSX/CSV…</source>
        <translation>导出 XLSX/CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the last issued quote as a spreadsheet: XLSX (amounts as numbers, totals as formulas) or CSV (UTF-8)</source>
        <translation>将最近签发的报价导出为电子表格：XLSX（金额为数值，合计为公式）或 CSV（UTF-8）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this customer in the customer book</source>
        <translation>在客户簿中编辑此客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a customer to the customer book (starts from the details typed here)</source>
        <translation>将客户添加到客户簿（以此处已填写的信息为起点）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer company as printed on the quote: type it, or pick a customer from the book (either name, English or Chinese) to fill in contact, address, tax ID, e-mail, phone, currency and language</source>
        <translation>报价单上打印的客户公司名称：直接输入，或从客户簿中选择客户（可按英文或中文名称查找），自动填入联系人、地址、税号、电子邮箱、电话、货币和语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try to reach the quote register again</source>
        <translation>再次尝试连接报价登记簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote register…</source>
        <translation>报价登记簿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse issued quotes and compare revisions</source>
        <translation>浏览已开具的报价并比较各版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tiers</source>
        <translation>阶梯价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported quote PDFs are signed with the seller&apos;s certificate when one is set (signing.pkcs12 in settings.json or PACKCONFIG_SIGNING_PKCS12); check a quote with File &gt; Open or packconfig verify</source>
        <translation>设置了卖方证书（settings.json 中的 signing.pkcs12 或环境变量 PACKCONFIG_SIGNING_PKCS12）时，导出的报价 PDF 会用该证书签名；可通过“文件 &gt; 打开”或 packconfig verify 核验报价单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the quote PDF&apos;s signature…</source>
        <translation>正在核验报价 PDF 的签名…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and more: %2 off</source>
        <translation>%1 套及以上：优惠 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2: %3 off</source>
        <translation>%1–%2 套：优惠 %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>* Estimated cell price: no catalog price for this cell</source>
        <translation>* 电芯价格为估算值：目录中无该电芯价格</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Last issued: %1 · %2</source>
        <translation>最近开具：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/signing_ui.py" line="-140"/>
        <source>PDFs signed by %1</source>
        <translation>PDF 由 %1 签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed: no signing certificate set</source>
        <translation>未签名：未设置签名证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDFs signed with %1</source>
        <translation>PDF 使用 %1 签名</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../packconfig/gui/register_model.py" line="+47"/>
        <source>issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>draft</source>
        <extracomment>Pages kept in memory (the rest are read again when scrolled back to). Lifecycle words as shown (the register&apos;s values are the keys).</extracomment>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/quote_actions.py" line="-84"/>
        <source>engineering</source>
        <extracomment>Diff kinds/fields as shown (the core&apos;s values are keys).</extracomment>
        <translation>技术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commercial</source>
        <translation>商务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cell</source>
        <translation>电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>series</source>
        <translation>串数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parallel</source>
        <translation>并数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell_count</source>
        <translation>电芯数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cell price</source>
        <translation>电芯价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoterm</source>
        <translation>贸易术语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>valid_until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit cost</source>
        <translation>单位成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list unit price</source>
        <translation>目录单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tier convention</source>
        <translation>阶梯计价方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total excl. tax</source>
        <translation>不含税总价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax</source>
        <translation>税额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total incl. tax</source>
        <translation>含税总价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/register_model.py" line="+1"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../packconfig/gui/register_texts.py" line="+35"/>
        <source>Number</source>
        <translation>报价编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rev</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../packconfig/gui/register_texts.py" line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../packconfig/gui/register_texts.py" line="-1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales engineer</source>
        <translation>销售工程师</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../packconfig/gui/register_texts.py" line="+117"/>
        <source>Total excl. tax</source>
        <translation>不含税总价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/register_texts.py" line="-129"/>
        <source>amended</source>
        <extracomment>Notes the register itself writes into the history (a user&apos;s note shows as typed).</extracomment>
        <translation>修订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validity ended</source>
        <translation>有效期已过</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quote register</source>
        <translation>报价登记簿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date from – to</source>
        <translation>日期（起 – 止）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax from – to</source>
        <translation>不含税总额（下限 – 上限）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quote number contains</source>
        <translation>报价编号包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contained in the quote number</source>
        <translation>报价编号中包含的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name contains</source>
        <translation>客户名称包含</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text contained in the customer&apos;s name</source>
        <translation>客户名称中包含的文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All revisions</source>
        <translation>全部修订版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest revisions</source>
        <translation>最新修订版</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lifecycle status; a stage shows latest revisions only</source>
        <translation>报价状态；选择某一状态时只显示最新修订版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote date limit (the earliest date means no limit)</source>
        <translation>报价日期范围（最早日期表示不限）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimum total</source>
        <translation>最低总额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum total</source>
        <translation>最高总额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 10000 or 10000 USD</source>
        <translation>例如 10000 或 10000 USD</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total excl. tax, in %1 unless a currency is given; a value range shows quotes in that currency only</source>
        <translation>不含税总额，未写货币时按 %1 计；设定金额范围后只显示该货币的报价</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark sent</source>
        <translation>标记为已发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quote was sent to the customer</source>
        <translation>报价已发给客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark accepted</source>
        <translation>标记为已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer accepted the quote (it is then locked)</source>
        <translation>客户已接受报价（之后报价被锁定）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark rejected</source>
        <translation>标记为已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer declined</source>
        <translation>客户已拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amend…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new draft revision of an accepted, locked quote</source>
        <translation>为已接受并锁定的报价新建草稿修订版</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+25"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Every status change: who and when</source>
        <translation>每次状态变更：由谁、在何时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this revision&apos;s design and terms in the window</source>
        <translation>在窗口中打开此修订版的设计和条款</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reprint PDF…</source>
        <translation>重新打印 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this revision&apos;s PDF again, exactly as issued</source>
        <translation>按签发时的原样重新生成此修订版的 PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export XLSX/CSV…</source>
        <translation>导出 XLSX/CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the filtered view as a spreadsheet</source>
        <translation>将筛选结果导出为电子表格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pipeline</source>
        <translation>销售管道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No quotes match.</source>
        <translation>没有符合条件的报价。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quotes</source>
        <translation>报价数</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Revision</source>
        <translation>修订版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status history of %1</source>
        <translation>%1 的状态历史</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/quote_actions.py" line="+86"/>
        <source>First revision.</source>
        <translation>首个版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No differences from %1.</source>
        <translation>与 %1 无差异。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes from %1:</source>
        <translation>相对 %1 的变更：</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/register_browser.py" line="+361"/>
        <source>Status not changed</source>
        <extracomment>statusFilter entries: (register status or None for all, caption key). Button objectName -&gt; the stage it moves the selected revision to.</extracomment>
        <translation>状态未更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is now %2</source>
        <translation>%1 现为%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not amended</source>
        <translation>未修订</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amended: %1 is a new draft revision</source>
        <translation>已修订：%1 是新的草稿修订版</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read the quote</source>
        <translation>无法读取报价</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/register_export.py" line="+60"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the quote register</source>
        <translation>导出报价登记簿</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1 revisions to %2</source>
        <translation>已将 %1 个修订版导出到 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot export the register</source>
        <translation>无法导出报价登记簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.

%1</source>
        <translation>未写入任何文件。

%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reprint quote PDF</source>
        <translation>重新打印报价 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reprinted %1 to %2</source>
        <translation>已将 %1 重新打印到 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reprint</source>
        <translation>无法重新打印</translation>
    </message>
</context>
<context>
    <name>RequirementsForm</name>
    <message>
        <location filename="../../packconfig/gui/explorer/form.py" line="-310"/>
        <source>Min nominal voltage</source>
        <extracomment>(Requirements field, label, placeholder: an example, or the default of an empty field)</extracomment>
        <translation>最低标称电压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max nominal voltage</source>
        <translation>最高标称电压</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max charge voltage</source>
        <translation>最高充电电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 470 V</source>
        <translation>例如 470 V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min cut-off voltage</source>
        <translation>最低截止电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 280 V</source>
        <translation>例如 280 V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min usable energy</source>
        <translation>最低可用能量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min nominal energy</source>
        <translation>最低标称能量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 70 kWh</source>
        <translation>例如 70 kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min capacity</source>
        <translation>最低容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 150 A*h</source>
        <translation>例如 150 A*h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min continuous power</source>
        <translation>最低持续功率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Min continuous current</source>
        <translation>最低持续放电电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 400 A</source>
        <translation>例如 400 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min charge power</source>
        <translation>最低充电功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 50 kW</source>
        <translation>例如 50 kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max mass</source>
        <translation>最大质量</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>e.g. 350 V</source>
        <translation>例如 350 V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 420 V</source>
        <translation>例如 420 V</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 60 kWh</source>
        <translation>例如 60 kWh</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 150 kW</source>
        <translation>例如 150 kW</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 500 kg</source>
        <translation>例如 500 kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max volume</source>
        <translation>最大体积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 300 L</source>
        <translation>例如 300 L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max length</source>
        <translation>最大长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1800 mm</source>
        <translation>例如 1800 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max width</source>
        <translation>最大宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1200 mm</source>
        <translation>例如 1200 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max height</source>
        <translation>最大高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 200 mm</source>
        <translation>例如 200 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max unit price</source>
        <translation>最高单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 80000 CNY</source>
        <translation>例如 80000 CNY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chemistries</source>
        <translation>化学体系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any, or e.g. LFP, NMC</source>
        <translation>不限，或例如 LFP, NMC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formats</source>
        <translation>封装形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any, or cylindrical, prismatic, pouch, 21700</source>
        <translation>不限，或 cylindrical（圆柱）、prismatic（方形）、pouch（软包）、21700</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturers</source>
        <translation>制造商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any, or e.g. CATL, EVE</source>
        <translation>不限，或例如 CATL, EVE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series range</source>
        <translation>串数范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-400 (default)</source>
        <translation>1-400（默认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-200 (default)</source>
        <translation>1-200（默认）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Parallel range</source>
        <translation>并数范围</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unit price</source>
        <extracomment>Objective keys (core ``OBJECTIVES``) -&gt; name in the &quot;Sort by&quot; list.</extracomment>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack mass</source>
        <translation>电池包质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack volume</source>
        <translation>电池包体积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack energy density (mass)</source>
        <translation>电池包质量能量密度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack energy density (volume)</source>
        <translation>电池包体积能量密度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price per usable kWh</source>
        <translation>每 kWh 可用能量价格</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Sort by</source>
        <extracomment>What the &quot;Example&quot; button fills in: a 400-V class vehicle pack (the values of the README&apos;s explorer example). An empty field is no requirement. Placeholder text colour: lighter than any entered value, so an empty field does not read as a requirement.</extracomment>
        <translation>排序依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/explorer/form_groups.py" line="+37"/>
        <source>Max module voltage</source>
        <extracomment>(field, label, placeholder) per group; the field name is the edit&apos;s objectName.</extracomment>
        <translation>最高模组电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 60 V</source>
        <translation>例如 60 V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max module mass</source>
        <translation>最大模组质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 25 kg</source>
        <translation>例如 25 kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Min range on the cycle</source>
        <translation>工况最低续驶里程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 300 km</source>
        <translation>例如 300 km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max peak cell temperature</source>
        <translation>电芯最高温度上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 45 °C</source>
        <translation>例如 45 °C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max 10-80 % charge time</source>
        <translation>10–80% 充电时间上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 40 min</source>
        <translation>例如 40 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charger power</source>
        <translation>充电桩功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlimited, or e.g. 60 kW</source>
        <translation>不限，或例如 60 kW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambient (in use)</source>
        <translation>环境温度（使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>25 °C (default)</source>
        <translation>25 °C（默认）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Min years to end of life</source>
        <translation>至寿命终点最少年数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 8</source>
        <translation>例如 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min cycles to end of life</source>
        <translation>至寿命终点最少循环次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3000</source>
        <translation>例如 3000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles per day</source>
        <translation>每日循环次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 (default)</source>
        <translation>1（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth of discharge</source>
        <translation>放电深度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 % (default)</source>
        <translation>80%（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge/discharge C-rate</source>
        <translation>充放电倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0.5 (default)</source>
        <translation>0.5（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambient (lifetime)</source>
        <translation>环境温度（寿命）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 set)</source>
        <extracomment>Texts used through _tr() below, listed here for lupdate (context RequirementsForm).</extracomment>
        <translation>%1（已设 %2 项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modules</source>
        <translation>模组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive cycle</source>
        <translation>行驶工况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooling (in use)</source>
        <translation>冷却方式（使用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>runs it without a cell limit</source>
        <translation>跑完该工况且不触及电芯限值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cooling</source>
        <translation>无冷却</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air cooling</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liquid cooling</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>使用性能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of life at</source>
        <translation>寿命终点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temperature rise</source>
        <translation>温升</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (0 K)</source>
        <translation>无（0 K）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thermal model, no cooling</source>
        <translation>热模型，无冷却</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thermal model, air cooling</source>
        <translation>热模型，风冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thermal model, liquid cooling</source>
        <translation>热模型，液冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifetime</source>
        <translation>寿命</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../packconfig/gui/explorer/model.py" line="-115"/>
        <source>Cell</source>
        <extracomment>(header, result key or special column)</extracomment>
        <translation>电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Config</source>
        <translation>串并方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable energy</source>
        <translation>可用能量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nominal V</source>
        <translation>标称电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cont. power</source>
        <translation>持续功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>体积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh/kg</source>
        <translation>Wh/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price/kWh</source>
        <translation>价格/kWh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pareto</source>
        <translation>帕累托</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../packconfig/gui/results_panel.py" line="+37"/>
        <source>Voltage min</source>
        <extracomment>Human names of result keys (the keys are the ``calc --json`` keys).</extracomment>
        <translation>最低电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage nominal</source>
        <translation>标称电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage max</source>
        <translation>最高电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy nominal</source>
        <translation>标称能量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Energy usable</source>
        <translation>可用能量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance</source>
        <translation>内阻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating current</source>
        <translation>工作电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voltage sag</source>
        <translation>压降</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heat loss</source>
        <translation>发热功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max continuous current</source>
        <translation>最大持续放电电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max continuous power</source>
        <translation>最大持续放电功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max discharge C-rate</source>
        <translation>最大放电倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max charge current</source>
        <translation>最大充电电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max charge power</source>
        <translation>最大充电功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max charge C-rate</source>
        <translation>最大充电倍率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge current</source>
        <translation>充电电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge time</source>
        <translation>充电时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mass of cells</source>
        <translation>电芯质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack mass</source>
        <translation>电池包质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack volume</source>
        <translation>电池包体积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell volume</source>
        <translation>电芯体积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell Wh/kg</source>
        <translation>电芯质量能量密度 Wh/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell Wh/L</source>
        <translation>电芯体积能量密度 Wh/L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack Wh/kg</source>
        <translation>电池包质量能量密度 Wh/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pack Wh/L</source>
        <translation>电池包体积能量密度 Wh/L</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Electrical</source>
        <translation>电气参数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Power and charging</source>
        <translation>功率与充电</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mass and size</source>
        <translation>质量与尺寸</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>%1 · %2 cells · %3</source>
        <extracomment>Shown in bold.</extracomment>
        <translation>%1 · %2 只电芯 · %3</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../packconfig/gui/settings_dialog.py" line="+236"/>
        <source>Settings</source>
        <extracomment>Seller fields: (settings key, objectName, multi-line). Quoting text fields: (commercial key, objectName, multi-line).</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller</source>
        <translation>卖方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quoting</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax &amp;&amp; FX</source>
        <translation>税率与汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price list</source>
        <translation>价格表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Legal name (English)</source>
        <translation>法定名称（英文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal name (Chinese)</source>
        <translation>法定名称（中文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank details</source>
        <translation>银行信息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo image</source>
        <translation>徽标图片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sales engineer (you)</source>
        <translation>销售工程师（本人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote validity</source>
        <translation>报价有效期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margin on price</source>
        <translation>售价利润率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier convention</source>
        <translation>阶梯计价方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume tiers</source>
        <translation>数量阶梯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoterm and named place</source>
        <translation>贸易术语及指定地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty text</source>
        <translation>质保条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts above this need an approver</source>
        <translation>折扣超过此值需审批人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty confidence margin</source>
        <translation>质保置信裕量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole quantity at the tier it reaches (range)</source>
        <translation>全部数量按所达阶梯计价（range）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each unit at its own tier (slab)</source>
        <translation>各数量段按各自阶梯计价（slab）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Lifetime page proposes a warranty the ageing model meets with this margin: 20 % promises 80 % of the projected years and cycles</source>
        <translation>寿命页按此裕量提出老化模型能够满足的质保期：20 % 即承诺预测年限和循环次数的 80 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG or JPEG, at most 1 MB</source>
        <translation>PNG 或 JPEG，最大 1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named place, e.g. Ningbo</source>
        <translation>指定地点，例如 宁波</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the standard wording (30 % advance, 70 % before shipment by T/T)</source>
        <translation>留空：使用标准条款（预付 30%，发货前电汇 70%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: confirmed with the order</source>
        <translation>留空：以订单确认为准</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: per the product specification and warranty agreement</source>
        <translation>留空：按产品规格书及质保协议执行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax rate per quote currency</source>
        <translation>各报价货币的税率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rates (CNY per unit, dated; the latest rate on or before a quote&apos;s date is used)</source>
        <translation>汇率（每单位外币折合人民币，带日期；使用报价日期当日或之前最近的汇率）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rates marked ⚠ are placeholders or have no source: add today&apos;s rate with its source before quoting in them.</source>
        <translation>标有 ⚠ 的汇率为占位值或没有来源：以该货币报价前，请添加今日汇率并注明来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own cell prices replace the catalog price. Cells marked ⚠ have no price at all: their cost is an estimate per kWh.</source>
        <translation>您自己的电芯价格将替代目录价格。标有 ⚠ 的电芯没有任何价格：其成本按每 kWh 估算。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the logo image</source>
        <translation>选择徽标图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%n field(s) need attention; nothing was saved.</source>
        <translation>
            <numerusform>有 %n 个字段需要修改；未保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot save the settings</source>
        <translation>无法保存设置</translation>
    </message>
</context>
<context>
    <name>SettingsTables</name>
    <message>
        <location filename="../../packconfig/gui/settings_tables.py" line="+58"/>
        <source>From quantity</source>
        <translation>起始数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>折扣 %</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+77"/>
        <location line="+93"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Rate %</source>
        <translation>税率 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>placeholder</source>
        <translation>占位值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+93"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>CNY per unit</source>
        <translation>人民币/单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+91"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Add today&apos;s rate</source>
        <translation>添加今日汇率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove rate</source>
        <translation>删除汇率</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cell</source>
        <translation>电芯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog price</source>
        <translation>目录价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your price</source>
        <translation>您的价格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only cells without a price</source>
        <translation>只显示没有价格的电芯</translation>
    </message>
</context>
<context>
    <name>SimInputs</name>
    <message>
        <location filename="../../packconfig/gui/lifetime/sim_inputs.py" line="+104"/>
        <source>Daily duty</source>
        <extracomment>Packs below this nominal energy are not traction packs: no range on a car&apos;s cycle (the same threshold as the PDF&apos;s performance page).</extracomment>
        <translation>日常工况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drive cycle</source>
        <translation>行驶工况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile file (CSV)</source>
        <translation>工况文件（CSV）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no cooling</source>
        <translation>无冷却</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>air cooling</source>
        <translation>风冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>liquid cooling</source>
        <translation>液冷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rise from the thermal model</source>
        <translation>由热模型计算温升</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On: the pack&apos;s temperature rise while cycling is simulated with the lumped thermal model at this duty, cooling and ambient. Off: type the rise.</source>
        <translation>勾选：按此工况、冷却方式和环境温度，用集总热模型仿真电池包循环时的温升。不勾选：手动输入温升。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily duty: cycles, depth and C-rates as typed. Drive cycle / profile: the day&apos;s runs are simulated on the pack and counted by rainflow.</source>
        <translation>日常工况：按输入的循环次数、放电深度和倍率。行驶工况 / 工况文件：在电池包上仿真一天的运行，并用雨流计数法统计。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drive cycle and vehicle: the usage in drive-cycle mode, and the range new and at the end of the warranty</source>
        <translation>行驶工况和车辆：用于行驶工况模式下的使用工况，以及新品和质保期末的续驶里程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time + power or current, units in the header</source>
        <translation>时间 + 功率或电流，表头注明单位</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Load profile</source>
        <translation>载入工况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <location filename="../../packconfig/gui/quote_terms.py" line="+102"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax ID</source>
        <translation>税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales engineer</source>
        <translation>销售工程师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoterm, place</source>
        <translation>贸易术语、地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>付款条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>交货期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty</source>
        <translation>质保</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount approved by</source>
        <translation>折扣审批人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer address as printed on the quote</source>
        <translation>报价单上打印的客户地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer e-mail printed on the quote</source>
        <translation>报价单上打印的客户电子邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer phone printed on the quote</source>
        <translation>报价单上打印的客户电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer tax ID printed on the quote</source>
        <translation>报价单上打印的客户税号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named place, e.g. Ningbo</source>
        <translation>指定地点，例如 宁波</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoterms 2020 rule; empty: EXW seller&apos;s works</source>
        <translation>Incoterms 2020 贸易术语；留空：卖方工厂交货（EXW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard: 30 % advance, 70 % before shipment</source>
        <translation>标准：预付 30%，发货前付 70%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard: confirmed with the order</source>
        <translation>标准：以订单确认为准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard: per the product specification</source>
        <translation>标准：按产品规格书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed when a discount is above the threshold in the settings</source>
        <translation>折扣超过设置中的上限时必填</translation>
    </message>
</context>
<context>
    <name>WarningsList</name>
    <message>
        <location filename="../../packconfig/gui/warnings_panel.py" line="+61"/>
        <location line="+5"/>
        <source>Engineering and regulatory warnings for this design</source>
        <extracomment>Icon per severity: shape, fill and the mark drawn on it.</extracomment>
        <translation>该设计的工程与法规警告</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No warnings for this design.</source>
        <translation>该设计没有警告。</translation>
    </message>
</context>
</TS>
