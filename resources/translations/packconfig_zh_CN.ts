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
    <name>CellBrowser</name>
    <message>
        <location filename="../../packconfig/gui/cell_browser.py" line="+48"/>
        <source>ID</source>
        <extracomment>(header, figure) — figure is a Cell attribute, &quot;wh_kg&quot; or &quot;price&quot;.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+213"/>
        <source>Manufacturer</source>
        <translation>制造商</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+213"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+213"/>
        <source>Format</source>
        <translation>封装形式</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+214"/>
        <source>Chemistry</source>
        <translation>化学体系</translation>
    </message>
    <message>
        <location line="-213"/>
        <location line="+10"/>
        <source>Nominal voltage</source>
        <extracomment>Detail pane names of the cell&apos;s figures (keys of ``QUANTITY_FIELDS``).</extracomment>
        <translation>标称电压</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+12"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+13"/>
        <source>Mass</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Wh/kg</source>
        <translation>Wh/kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max current</source>
        <translation>最大电流</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="-213"/>
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
        <location line="+192"/>
        <source>Energy</source>
        <translation>能量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cycle life</source>
        <translation>循环寿命</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge temperature</source>
        <translation>充电温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discharge temperature</source>
        <translation>放电温度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Datasheet source</source>
        <translation>规格书来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location line="+135"/>
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
    <name>ExplorerTab</name>
    <message>
        <location filename="../../packconfig/gui/explorer/tab.py" line="+121"/>
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
        <location line="+172"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Enter requirements and press Search.</source>
        <translation>请输入需求，然后点击“搜索”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 designs meet the requirements; showing %3 (%4 on the Pareto front) in %5 s.</source>
        <translation>%2 个方案中有 %1 个满足需求；显示 %3 个（其中 %4 个位于帕累托前沿），用时 %5 秒。</translation>
    </message>
    <message>
        <location line="+93"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../packconfig/gui/actions.py" line="+100"/>
        <source>&amp;New</source>
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
        <location line="+4"/>
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
        <location filename="../../packconfig/gui/main_window.py" line="+172"/>
        <location line="+293"/>
        <source>&amp;Undo</source>
        <extracomment>the quote panel replaces it (attach_core)</extracomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+293"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Cell %1</source>
        <translation>电芯 %1</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_core.py" line="+161"/>
        <source>Cost not available</source>
        <translation>无成本数据</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/window_files.py" line="+24"/>
        <source>packconfig projects and quote PDFs (*.pcproj.json *.json *.pdf);;All files (*)</source>
        <translation>packconfig 项目和报价单 PDF (*.pcproj.json *.json *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/main_window.py" line="+57"/>
        <source>Unknown cell %1</source>
        <translation>未知电芯 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use %1 %2S%3P</source>
        <translation>采用 %1 %2S%3P</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+12"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location filename="../../packconfig/gui/main_window.py" line="+85"/>
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
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>About packconfig</source>
        <translation>关于 packconfig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;packconfig %1&lt;/h3&gt;&lt;p&gt;Battery pack configurator and quoting tool.&lt;/p&gt;&lt;p&gt;Pack figures from the cell datasheets; check every quote against the cell maker&apos;s latest data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;packconfig %1&lt;/h3&gt;&lt;p&gt;电池包配置与报价工具。&lt;/p&gt;&lt;p&gt;电池包参数依据电芯规格书计算；每份报价均须与电芯厂商的最新数据核对。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../packconfig/gui/pdf_export.py" line="+57"/>
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
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../packconfig/gui/quote_actions.py" line="+82"/>
        <source>Issue quote %1</source>
        <translation>开具报价 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued %1</source>
        <translation>已开具 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer missing</source>
        <translation>缺少客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the customer company before issuing a quote.</source>
        <translation>开具报价前请先填写客户公司名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot issue quote</source>
        <translation>无法开具报价</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot issue revision</source>
        <translation>无法开具新版本</translation>
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
    <name>ParetoChart</name>
    <message>
        <location filename="../../packconfig/gui/explorer/form.py" line="+204"/>
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
        <location line="+21"/>
        <source>unit price (%1)</source>
        <translation>单价 (%1)</translation>
    </message>
    <message>
        <location line="-20"/>
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
        <location filename="../../packconfig/gui/performance/tab.py" line="+147"/>
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
        <location line="+4"/>
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
    <name>QuotePanel</name>
    <message>
        <location filename="../../packconfig/gui/quote_panel.py" line="+165"/>
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
        <location line="+12"/>
        <source>%1 and more: %2 off</source>
        <translation>%1 套及以上：优惠 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2: %3 off</source>
        <translation>%1–%2 套：优惠 %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>* Estimated cell price: no catalog price for this cell</source>
        <translation>* 电芯价格为估算值：目录中无该电芯价格</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last issued: %1 · %2</source>
        <translation>最近开具：%1 · %2</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../packconfig/gui/quote_actions.py" line="-75"/>
        <source>issued</source>
        <extracomment>Register statuses and diff kinds/fields as shown (the core&apos;s values are keys).</extracomment>
        <translation>已开具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>engineering</source>
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
        <location line="+70"/>
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
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>不含税总价</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote register</source>
        <translation>报价登记簿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by quote number or customer</source>
        <translation>按报价编号或客户筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text contained in the quote number or customer</source>
        <translation>报价编号或客户名称中包含的文字</translation>
    </message>
    <message>
        <location line="+67"/>
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
</context>
<context>
    <name>RequirementsForm</name>
    <message>
        <location filename="../../packconfig/gui/explorer/form.py" line="-187"/>
        <source>Min nominal voltage</source>
        <extracomment>(Requirements field, label, placeholder example)</extracomment>
        <translation>最低标称电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>350 V</source>
        <translation>350 V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max nominal voltage</source>
        <translation>最高标称电压</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>420 V</source>
        <translation>420 V</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>60 kWh</source>
        <translation>60 kWh</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>150 kW</source>
        <translation>150 kW</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>450 kg</source>
        <translation>450 kg</translation>
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
        <source>1-400</source>
        <translation>1-400</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel range</source>
        <translation>并数范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-200</source>
        <translation>1-200</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+53"/>
        <source>Sort by</source>
        <translation>排序依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>币种</translation>
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
        <location filename="../../packconfig/gui/results_panel.py" line="+26"/>
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
        <location line="+58"/>
        <source>%1 · %2 cells · %3</source>
        <extracomment>Shown in bold.</extracomment>
        <translation>%1 · %2 只电芯 · %3</translation>
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
