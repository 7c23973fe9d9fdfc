<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>lift3d</name>
    <message>
        <source>%1 is not an image Lift3D can read. Use a PNG, JPEG, WebP, BMP, GIF or TIFF photo of an object.</source>
        <translation>%1 不是 Lift3D 能读取的图像。请使用物体的 PNG、JPEG、WebP、BMP、GIF 或 TIFF 照片。</translation>
    </message>
    <message>
        <source>%1 declares an empty picture (%2 x %3 pixels). Use another image.</source>
        <translation>%1 声明的是一张空图片（%2 x %3 像素）。请使用其他图像。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels). Use an image of at most about 30000 x 30000 pixels, or scale it down first.</source>
        <translation>%1 太大（%2 x %3 像素）。请使用最大约 30000 x 30000 像素的图像，或先将其缩小。</translation>
    </message>
    <message>
        <source>%1 is too large to open in this format (%2 x %3 pixels). Save it as PNG or JPEG, or scale it down first.</source>
        <translation>%1 太大，无法以此格式打开（%2 x %3 像素）。请将其另存为 PNG 或 JPEG，或先将其缩小。</translation>
    </message>
    <message>
        <source>%1 is too large to open in this form (%2 x %3 pixels). Save it as an RGB PNG or a JPEG, or scale it down first.</source>
        <translation>%1 太大，无法以此形式打开（%2 x %3 像素）。请将其另存为 RGB PNG 或 JPEG，或先将其缩小。</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; try another copy.</source>
        <translation>%1 看起来是 %2 图像，但无法解码（%3）。文件可能已损坏或不完整；请尝试其他副本。</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>文件 %1 不存在。请检查路径后重试。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. Choose an image inside it.</source>
        <translation>%1 是文件夹，不是图像文件。请选择其中的一个图像。</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that you are allowed to read it.</source>
        <translation>无法打开 %1（%2）。请检查您是否有读取权限。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Choose an image file with content.</source>
        <translation>%1 为空（0 字节）。请选择有内容的图像文件。</translation>
    </message>
    <message>
        <source>%1 is empty. Paste or drop an image with content.</source>
        <translation>%1 为空。请粘贴或拖放有内容的图像。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Free some disk space or choose another folder.</source>
        <translation>无法写入 %1（%2）。请释放一些磁盘空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>There is no mesh to export yet. Generate or open a mesh first.</source>
        <translation>还没有可导出的网格。请先生成或打开一个网格。</translation>
    </message>
    <message>
        <source>The export scale must be a positive number.</source>
        <translation>导出比例必须是正数。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>文件夹 %1 不存在。请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation>%1 是文件夹。请指定要导出到的文件名。</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1. Choose a folder you can write to.</source>
        <translation>无法写入文件夹 %1。请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2</source>
        <translation>导出到 %1 失败：%2</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: the exporter wrote nothing.</source>
        <translation>导出到 %1 失败：导出器没有写入任何内容。</translation>
    </message>
    <message>
        <source>Could not write %1 completely. Free some disk space or choose another folder.</source>
        <translation>无法完整写入 %1。请释放一些磁盘空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Could not move the exported file into place at %1. Check the folder&apos;s permissions.</source>
        <translation>无法将导出的文件移动到 %1。请检查该文件夹的权限。</translation>
    </message>
    <message>
        <source>Could not read the mesh %1 (%2). Check that it is a complete 3D file in a format such as glTF, OBJ, PLY, STL or FBX.</source>
        <translation>无法读取网格 %1（%2）。请检查它是否为 glTF、OBJ、PLY、STL 或 FBX 等格式的完整 3D 文件。</translation>
    </message>
    <message>
        <source>The file %1 contains no triangles. Open a file with a surface mesh.</source>
        <translation>文件 %1 不包含任何三角形。请打开包含表面网格的文件。</translation>
    </message>
    <message>
        <source>The model manifest %1 cannot be read. Reinstall Lift3D or choose another model.</source>
        <translation>无法读取模型清单 %1。请重新安装 Lift3D 或选择其他模型。</translation>
    </message>
    <message>
        <source>The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.</source>
        <translation>模型清单 %1 已损坏（%2）。请重新安装 Lift3D 或选择其他模型。</translation>
    </message>
    <message>
        <source>The model %1 has format version %2, but this Lift3D reads version %3. Use a model made for this version.</source>
        <translation>模型 %1 的格式版本为 %2，但此版本的 Lift3D 读取的是版本 %3。请使用为此版本制作的模型。</translation>
    </message>
    <message>
        <source>The model weights %1 are missing. Reinstall Lift3D or choose another model.</source>
        <translation>缺少模型权重 %1。请重新安装 Lift3D 或选择其他模型。</translation>
    </message>
    <message>
        <source>The model weights %1 fail their checksum: the file is damaged or incomplete. Reinstall Lift3D or download the model again.</source>
        <translation>模型权重 %1 校验和不符：文件已损坏或不完整。请重新安装 Lift3D 或重新下载模型。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model manifest was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未找到模型清单。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Training command</source>
        <translation>训练命令</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>About Lift3D</source>
        <translation>关于 Lift3D</translation>
    </message>
    <message>
        <source>One photo of an object in, a 3D mesh out, offline on an ordinary CPU. A latent shortcut-flow model (after Frans et al., &quot;One Step Diffusion via Shortcut Models&quot;) samples in 1 step for the preview and in many steps for the final mesh.</source>
        <translation>输入一张物体照片，输出一个 3D 网格，在普通 CPU 上离线运行。潜空间捷径流模型（基于 Frans 等人的“One Step Diffusion via Shortcut Models”）以 1 步采样生成预览，以多步采样生成最终网格。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>库与许可证</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Left drag: orbit</source>
        <translation>左键拖动：环绕旋转</translation>
    </message>
    <message>
        <source>Shift + left drag or middle drag: pan</source>
        <translation>Shift + 左键拖动或中键拖动：平移</translation>
    </message>
    <message>
        <source>Wheel: zoom toward the cursor</source>
        <translation>滚轮：朝光标方向缩放</translation>
    </message>
    <message>
        <source>Double click: frame the mesh</source>
        <translation>双击：使网格充满视图</translation>
    </message>
    <message>
        <source>Ctrl + left drag: drag the mesh out as a .glb file</source>
        <translation>Ctrl + 左键拖动：将网格作为 .glb 文件拖出</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose an image file.</source>
        <translation>%1 不是普通文件（而是管道、套接字或设备）。请选择一个图像文件。</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (%2 KB needed, %3 KB free). Free some disk space or choose another folder.</source>
        <translation>没有足够的可用空间来保存 %1（需要 %2 KB，可用 %3 KB）。请释放磁盘空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The model manifest %1 names its weights as &quot;%2&quot;; they must be a file beside the manifest. Reinstall Lift3D or choose another model.</source>
        <translation>模型清单 %1 将其权重指定为“%2”；权重必须是与清单位于同一目录的文件。请重新安装 Lift3D 或选择其他模型。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>已取消读取 %1。</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 seconds and was stopped; the file is probably damaged. Try another copy or another format.</source>
        <translation>读取 %1 超过 %2 秒，已停止；文件可能已损坏。请尝试其他副本或其他格式。</translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly on %1; the file is damaged or uses features it cannot handle. Try another copy or another format.</source>
        <translation>读取 %1 时读取器意外停止；文件已损坏或使用了不支持的功能。请尝试其他副本或其他格式。</translation>
    </message>
    <message>
        <source>Could not read the mesh %1.</source>
        <translation>无法读取网格 %1。</translation>
    </message>
    <message>
        <source>The reader returned an incomplete mesh for %1. Try another copy or another format.</source>
        <translation>读取器为 %1 返回了不完整的网格。请尝试其他副本或其他格式。</translation>
    </message>
    <message>
        <source>The catalog %1 does not exist. Install Debian&apos;s sweethome3d-furniture package.</source>
        <translation>目录 %1 不存在。请安装 Debian 的 sweethome3d-furniture 软件包。</translation>
    </message>
    <message>
        <source>%1 is not a Sweet Home 3D furniture catalog (no PluginFurnitureCatalog.properties inside).</source>
        <translation>%1 不是 Sweet Home 3D 家具目录（其中没有 PluginFurnitureCatalog.properties）。</translation>
    </message>
    <message>
        <source>No dataset at %1. Build it with: lift3d-data --output %1</source>
        <translation>%1 处没有数据集。请使用以下命令构建：lift3d-data --output %1</translation>
    </message>
    <message>
        <source>IoU needs two fields on the same lattice.</source>
        <translation>计算 IoU 需要位于同一网格点阵上的两个场。</translation>
    </message>
    <message>
        <source>The scalar grid is malformed: it needs at least 2 samples per axis and one value per sample.</source>
        <translation>标量网格格式错误：每个轴至少需要 2 个采样点，且每个采样点需要一个值。</translation>
    </message>
    <message>
        <source>A mesh cannot be simplified below 4 triangles; ask for a face count of 4 or more.</source>
        <translation>网格无法简化到少于 4 个三角形；请将面数设为 4 或更多。</translation>
    </message>
    <message>
        <source>Taubin smoothing needs 0 &lt; lambda &lt; 1 and mu &lt; -lambda; use the defaults (0.5, -0.53).</source>
        <translation>Taubin 平滑要求 0 &lt; lambda &lt; 1 且 mu &lt; -lambda；请使用默认值（0.5, -0.53）。</translation>
    </message>
    <message>
        <source>Internal error: the image and its mask differ in size, or the model input size is invalid. Please report this.</source>
        <translation>内部错误：图像与其蒙版尺寸不同，或模型输入尺寸无效。请报告此问题。</translation>
    </message>
    <message>
        <source>No object found in the image. Use a photo of one object in front of a plain background, or an image with a transparent background.</source>
        <translation>图像中未找到物体。请使用纯色背景前单个物体的照片，或使用透明背景的图像。</translation>
    </message>
    <message>
        <source>The image is too small (%1 x %2 pixels) to find an object in. Use a photo at least 64 pixels across.</source>
        <translation>图像太小（%1 x %2 像素），无法从中找到物体。请使用宽度至少 64 像素的照片。</translation>
    </message>
    <message>
        <source>The model weights %1 do not fit this Lift3D (%2). Use a model made for this version.</source>
        <translation>模型权重 %1 与此 Lift3D 不匹配（%2）。请使用为此版本制作的模型。</translation>
    </message>
    <message>
        <source>%1 is not a usable Lift3D TorchScript model (%2). See &quot;Bring your own model&quot; in docs/model.md.</source>
        <translation>%1 不是可用的 Lift3D TorchScript 模型（%2）。请参阅 docs/model.md 中的“Bring your own model”。</translation>
    </message>
    <message>
        <source>The TorchScript model failed: %1</source>
        <translation>TorchScript 模型运行失败：%1</translation>
    </message>
    <message>
        <source>Lift3D model %1 (%2 training views)</source>
        <translation>Lift3D 模型 %1（%2 个训练视角）</translation>
    </message>
    <message>
        <source>TorchScript model %1</source>
        <translation>TorchScript 模型 %1</translation>
    </message>
    <message>
        <source>Lift3D works offline and does not download %1. Save the image to your computer, then drop the file.</source>
        <translation>Lift3D 离线工作，不会下载 %1。请将图像保存到您的计算机，然后拖放该文件。</translation>
    </message>
    <message>
        <source>What was dropped is neither an image nor a file. Drop a photo of an object, or a mesh file.</source>
        <translation>拖放的内容既不是图像也不是文件。请拖放物体照片或网格文件。</translation>
    </message>
    <message>
        <source>Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;All files (*)</source>
        <translation>图像 (%1);;网格 (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Test shape (no model)</source>
        <translation>测试形状（无模型）</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the picture is %3 x %4. Use a mask the size of the picture.</source>
        <translation>蒙版为 %1 x %2 像素，但图片为 %3 x %4。请使用与图片大小相同的蒙版。</translation>
    </message>
    <message>
        <source>The mask %1 is too large to open (%2 x %3 pixels). Save it as an 8-bit greyscale PNG, or use a smaller picture and mask.</source>
        <translation>蒙版 %1 太大，无法打开（%2 x %3 像素）。请将其另存为 8 位灰度 PNG，或使用更小的图片和蒙版。</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels, on its side against the picture (%4 x %5 as an image editor shows it, camera orientation applied). Turn the mask to match the picture.</source>
        <translation>蒙版 %1 为 %2 x %3 像素，相对于图片是横躺的（图片在图像编辑器中按相机方向显示为 %4 x %5）。请旋转蒙版以与图片一致。</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels but the picture is %4 x %5. Make the mask the size of the picture as an image editor shows it.</source>
        <translation>蒙版 %1 为 %2 x %3 像素，但图片为 %4 x %5。请使蒙版与图像编辑器中显示的图片大小一致。</translation>
    </message>
    <message>
        <source>The mask %1 has both transparency and varying colours, so it is unclear which marks the object. Save it in greyscale (the object white on black) or in one colour on transparency.</source>
        <translation>蒙版 %1 既有透明区域又有多种颜色，无法判断哪一种标记了物体。请将其保存为灰度图（物体为黑底白色），或透明背景上的单一颜色。</translation>
    </message>
    <message>
        <source>The mask %1 marks no object: no pixel is light or opaque enough. Paint the object white on black, or opaque on transparency.</source>
        <translation>蒙版 %1 没有标记任何物体：没有足够亮或足够不透明的像素。请将物体涂成黑底白色，或透明背景上的不透明色。</translation>
    </message>
    <message>
        <source>The mask file %1 does not exist. Check the path and try again.</source>
        <translation>蒙版文件 %1 不存在。请检查路径后重试。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mask image. Choose the mask file inside it.</source>
        <translation>%1 是文件夹，不是蒙版图像。请选择其中的蒙版文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose a mask image file.</source>
        <translation>%1 不是普通文件（而是管道、套接字或设备）。请选择一个蒙版图像文件。</translation>
    </message>
    <message>
        <source>Cannot open the mask %1 (%2). Check that you are allowed to read it.</source>
        <translation>无法打开蒙版 %1（%2）。请检查您是否有读取权限。</translation>
    </message>
    <message>
        <source>The mask %1 is empty (0 bytes). Choose a mask image with content.</source>
        <translation>蒙版 %1 为空（0 字节）。请选择有内容的蒙版图像。</translation>
    </message>
    <message>
        <source>%1 is not an image Lift3D can read as a mask. Save the mask as a PNG, white for the object and black for the background.</source>
        <translation>%1 不是 Lift3D 能作为蒙版读取的图像。请将蒙版保存为 PNG，物体为白色，背景为黑色。</translation>
    </message>
    <message>
        <source>The mask %1 declares an empty picture (%2 x %3 pixels). Save the mask again.</source>
        <translation>蒙版 %1 声明的图像为空（%2 x %3 像素）。请重新保存蒙版。</translation>
    </message>
    <message>
        <source>The mask %1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; save the mask again.</source>
        <translation>蒙版 %1 看起来是 %2 图像，但无法解码（%3）。文件可能已损坏或不完整；请重新保存蒙版。</translation>
    </message>
    <message>
        <source>There is no mask to save yet. Open a picture first.</source>
        <translation>还没有可保存的蒙版。请先打开一张图片。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to save the mask to.</source>
        <translation>%1 是文件夹。请指定用于保存蒙版的文件名。</translation>
    </message>
    <message>
        <source>The mask is too large to save (%1 x %2 pixels). Use a smaller picture.</source>
        <translation>蒙版太大，无法保存（%1 x %2 像素）。请使用更小的图片。</translation>
    </message>
    <message>
        <source>Cannot write the mask %1 (%2). Choose a folder you can write to.</source>
        <translation>无法写入蒙版 %1（%2）。请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Writing the mask %1 failed (%2). Free some disk space or choose another folder.</source>
        <translation>写入蒙版 %1 失败（%2）。请释放一些磁盘空间或选择其他文件夹。</translation>
    </message>
    <message>
        <source>The segmentation model %1 is damaged (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>分割模型 %1 已损坏（%2）。请重新安装 Lift3D；在此之前将根据背景颜色查找物体。</translation>
    </message>
    <message>
        <source>The segmentation model %1 does not fit this Lift3D (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>分割模型 %1 与此 Lift3D 不匹配（%2）。请重新安装 Lift3D；在此之前将根据背景颜色查找物体。</translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing. Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>缺少分割模型 %1。请重新安装 Lift3D；在此之前将根据背景颜色查找物体。</translation>
    </message>
</context>
<context>
    <name>lift3d::ControlPanel</name>
    <message>
        <source>Quality of the final mesh</source>
        <translation>最终网格的质量</translation>
    </message>
    <message>
        <source>Generate again (new seed)</source>
        <translation>重新生成（新种子）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>lift3d::ExportDialog</name>
    <message>
        <source>millimetres</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>厘米</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>米</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>英寸</translation>
    </message>
    <message>
        <source>Export mesh</source>
        <translation>导出网格</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <source>Simplify to at most this many triangles (meshoptimizer); keeps the shape&apos;s outline.</source>
        <translation>简化到最多这么多三角形（meshoptimizer）；保留形状的轮廓。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Triangles:</source>
        <translation>三角形：</translation>
    </message>
    <message>
        <source>Longest side:</source>
        <translation>最长边：</translation>
    </message>
    <message>
        <source>glTF files are always in metres; the size is converted.</source>
        <translation>glTF 文件始终以米为单位；尺寸会被换算。</translation>
    </message>
    <message>
        <source>This format has no vertex colours; the mesh is written without its colours.</source>
        <translation>此格式不支持顶点颜色；网格将不带颜色写入。</translation>
    </message>
</context>
<context>
    <name>lift3d::GenerationController</name>
    <message>
        <source>The model %1 could not be loaded (%2). Reinstall Lift3D or choose another model file.</source>
        <translation>无法加载模型 %1（%2）。请重新安装 Lift3D 或选择其他模型文件。</translation>
    </message>
    <message>
        <source>The model is not available, so no mesh can be generated. See the message shown at start; mesh files can still be opened and exported.</source>
        <translation>模型不可用，因此无法生成网格。请参阅启动时显示的消息；仍然可以打开和导出网格文件。</translation>
    </message>
    <message>
        <source>No model is loaded yet. Wait a moment and try again.</source>
        <translation>尚未加载模型。请稍候再试。</translation>
    </message>
    <message>
        <source>Generation failed (%1). Try another image.</source>
        <translation>生成失败（%1）。请尝试其他图像。</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>无法打开 %1（%2）。</translation>
    </message>
    <message>
        <source>The export failed (%1). Nothing was written.</source>
        <translation>导出失败（%1）。未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>lift3d::InputThumbnail</name>
    <message>
        <source>The photo you drop appears here, with the object Lift3D found outlined.</source>
        <translation>您拖放的照片会显示在这里，Lift3D 找到的物体会以轮廓标出。</translation>
    </message>
    <message>
        <source>Click to correct the outline of the object (%1).</source>
        <translation>单击可修正物体的轮廓（%1）。</translation>
    </message>
</context>
<context>
    <name>lift3d::MainWindow</name>
    <message>
        <source>Loaded: %1</source>
        <translation>已加载：%1</translation>
    </message>
    <message>
        <source>Model ready. Drop a photo of an object.</source>
        <translation>模型已就绪。请拖放一张物体照片。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Lift3D</source>
        <translation>Lift3D</translation>
    </message>
    <message>
        <source>%1 — Lift3D</source>
        <translation>%1 — Lift3D</translation>
    </message>
    <message>
        <source>Drop a photo of an object here

or press Ctrl+O to open one, Ctrl+V to paste one.
Mesh files (GLB, OBJ, STL, …) open here too.</source>
        <translation>将物体照片拖放到此处

或按 Ctrl+O 打开照片，按 Ctrl+V 粘贴照片。
也可以在此打开网格文件（GLB、OBJ、STL、…）。</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖放的图像</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; Lift3D opens the first one.</source>
        <translation>
            <numerusform>拖放了 %n 个文件；Lift3D 将打开第一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or open one image file.</source>
        <translation>%1 是文件夹。请拖放或打开一个图像文件。</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1 不存在。请检查路径后重试。</translation>
    </message>
    <message>
        <source>Open a photo or a mesh</source>
        <translation>打开照片或网格</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture or an image file first.</source>
        <translation>剪贴板中没有图像。请先复制一张图片或一个图像文件。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message numerus="yes">
        <source>Final · %n step(s)</source>
        <translation>
            <numerusform>最终 · %n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported mesh</source>
        <translation>导入的网格</translation>
    </message>
    <message numerus="yes">
        <source>%n triangle(s)</source>
        <translation>
            <numerusform>%n 个三角形</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Loading the model in the background…</source>
        <translation>正在后台加载模型…</translation>
    </message>
    <message>
        <source>The model is still loading; generation starts as soon as it is ready.</source>
        <translation>模型仍在加载中；模型就绪后将立即开始生成。</translation>
    </message>
</context>
<context>
    <name>lift3d::MaskEditor</name>
    <message>
        <source>Edit Mask</source>
        <translation>编辑蒙版</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background. Inside, the mask stays as it is; where it holds no object yet, the whole rectangle becomes the object.</source>
        <translation>围绕物体拖出一个矩形：矩形外的一切都变为背景。矩形内的蒙版保持不变；如果其中还没有物体，整个矩形就成为物体。</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Paint over what belongs to the object. A right drag paints background.</source>
        <translation>涂抹属于物体的部分。按住右键拖动则涂抹背景。</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Paint over what is background. A right drag paints the object.</source>
        <translation>涂抹属于背景的部分。按住右键拖动则涂抹物体。</translation>
    </message>
    <message>
        <source>&amp;Brush size:</source>
        <translation>画笔大小(&amp;B)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Diameter of the brush in pixels of the picture (%1 smaller, %2 larger)</source>
        <translation>画笔直径，以图片像素计（%1 缩小，%2 放大）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>撤销上一次更改（%1）</translation>
    </message>
    <message>
        <source>&amp;Reset to Automatic</source>
        <translation>恢复自动蒙版(&amp;R)</translation>
    </message>
    <message>
        <source>Go back to the mask Lift3D found; Undo brings your changes back.</source>
        <translation>恢复为 Lift3D 找到的蒙版；“撤销”可找回您的更改。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Generate the mesh from this mask (Enter)</source>
        <translation>根据此蒙版生成网格（Enter）</translation>
    </message>
    <message>
        <source>Close without changing the mask (Esc)</source>
        <translation>关闭而不更改蒙版（Esc）</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background.</source>
        <translation>围绕物体拖出一个矩形：矩形外的一切都变为背景。</translation>
    </message>
    <message>
        <source>Paint over parts of the object that are tinted. A right drag paints background.</source>
        <translation>涂抹被着色的物体部分。按住右键拖动则涂抹背景。</translation>
    </message>
    <message>
        <source>Paint over background inside the outline. A right drag paints the object.</source>
        <translation>涂抹轮廓内的背景。按住右键拖动则涂抹物体。</translation>
    </message>
    <message>
        <source>Tinted areas are background, the yellow line outlines the object.</source>
        <translation>着色区域是背景，黄线勾勒出物体的轮廓。</translation>
    </message>
    <message>
        <source>The mask is empty. Paint the object or drag a rectangle around it, then apply.</source>
        <translation>蒙版为空。请涂抹物体或围绕物体拖出一个矩形，然后再应用。</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshFormat</name>
    <message>
        <source>glTF binary</source>
        <translation>glTF 二进制</translation>
    </message>
    <message>
        <source>glTF</source>
        <translation>glTF</translation>
    </message>
    <message>
        <source>Wavefront OBJ</source>
        <translation>Wavefront OBJ</translation>
    </message>
    <message>
        <source>Stanford PLY</source>
        <translation>Stanford PLY</translation>
    </message>
    <message>
        <source>STL</source>
        <translation>STL</translation>
    </message>
    <message>
        <source>Autodesk FBX</source>
        <translation>Autodesk FBX</translation>
    </message>
    <message>
        <source>3D Manufacturing Format</source>
        <translation>3D 制造格式（3MF）</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshOutput</name>
    <message>
        <source>There is no mesh to export yet. Drop a photo first.</source>
        <translation>还没有可导出的网格。请先拖放一张照片。</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1. Check that the folder is writable.</source>
        <translation>无法将截图保存到 %1。请检查该文件夹是否可写。</translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation>截图已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshViewport</name>
    <message>
        <source>This computer&apos;s graphics driver does not offer OpenGL 3.3, so the 3D view stays empty. Meshes can still be generated and exported.</source>
        <translation>此计算机的显卡驱动程序不支持 OpenGL 3.3，因此 3D 视图将保持空白。仍然可以生成和导出网格。</translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not compile on this graphics driver: %1</source>
        <translation>3D 视图的着色器无法在此显卡驱动程序上编译：%1</translation>
    </message>
</context>
<context>
    <name>lift3d::QualitySlider</name>
    <message>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Sampling steps of the final mesh: more steps take longer and follow the model more closely.</source>
        <translation>最终网格的采样步数：步数越多，耗时越长，结果也越贴近模型。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last run %2 ms</source>
        <translation>%1 · 上次运行 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>lift3d::WindowActions</name>
    <message>
        <source>Recent file %1</source>
        <translation>最近的文件 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Shading</source>
        <translation>着色(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save &amp;Screenshot</source>
        <translation>保存截图(&amp;S)</translation>
    </message>
    <message>
        <source>Save Screenshot with &amp;Transparent Background</source>
        <translation>保存透明背景截图(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Generate &amp;Again with a New Seed</source>
        <translation>使用新种子重新生成(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>取消生成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Smooth</source>
        <translation>平滑(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>平面(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Vertex Colours</source>
        <translation>顶点颜色(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Matcap</source>
        <translation>材质捕获(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Wireframe Overlay</source>
        <translation>线框叠加(&amp;W)</translation>
    </message>
    <message>
        <source>Ground &amp;Grid</source>
        <translation>地面网格(&amp;G)</translation>
    </message>
    <message>
        <source>A&amp;xes</source>
        <translation>坐标轴(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Front View</source>
        <translation>前视图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Right View</source>
        <translation>右视图(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Top View</source>
        <translation>顶视图(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Orthographic</source>
        <translation>正交投影(&amp;O)</translation>
    </message>
    <message>
        <source>Frame &amp;Mesh</source>
        <translation>使网格充满视图(&amp;M)</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>重置视图(&amp;V)</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts</source>
        <translation>键盘快捷键(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Lift3D</source>
        <translation>关于 Lift3D(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>编辑蒙版(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turns a photo of an object into a 3D mesh.</source>
        <translation>将物体照片转换为 3D 网格。</translation>
    </message>
    <message>
        <source>An image or mesh file to open.</source>
        <translation>要打开的图像或网格文件。</translation>
    </message>
    <message>
        <source>A Lift3D manifest.json or a TorchScript file (default: the bundled model).</source>
        <translation>Lift3D 的 manifest.json 或 TorchScript 文件（默认：内置模型）。</translation>
    </message>
    <message>
        <source>With a file: save a picture of the window once the final mesh is shown, then quit.</source>
        <translation>指定文件时：在显示最终网格后保存窗口截图，然后退出。</translation>
    </message>
    <message>
        <source>Language code (de, fr, es, ja, zh_CN, en) for this run.</source>
        <translation>本次运行使用的语言代码（de、fr、es、ja、zh_CN、en）。</translation>
    </message>
    <message>
        <source>The model could not be loaded (%1). Reinstall Lift3D or choose another model file.</source>
        <translation>无法加载模型（%1）。请重新安装 Lift3D 或选择其他模型文件。</translation>
    </message>
    <message>
        <source>%1 could not be converted (%2). Try another image.</source>
        <translation>无法转换 %1（%2）。请尝试其他图片。</translation>
    </message>
    <message>
        <source>With a file: save a picture of the mask editor on it once the final mesh is shown, then quit.</source>
        <translation>指定文件时：最终网格显示后保存遮罩编辑器的截图，然后退出。</translation>
    </message>
</context>
</TS>
