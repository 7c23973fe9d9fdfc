<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>lift3d</name>
    <message>
        <source>%1 is not an image Lift3D can read. Use a PNG, JPEG, WebP, BMP, GIF or TIFF photo of an object.</source>
        <translation>%1 は Lift3D が読み込める画像ではありません。物体を写した PNG、JPEG、WebP、BMP、GIF、TIFF 形式の写真を使用してください。</translation>
    </message>
    <message>
        <source>%1 declares an empty picture (%2 x %3 pixels). Use another image.</source>
        <translation>%1 は空の画像（%2 x %3 ピクセル）として記録されています。別の画像を使用してください。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 x %3 pixels). Use an image of at most about 30000 x 30000 pixels, or scale it down first.</source>
        <translation>%1 は大きすぎます（%2 x %3 ピクセル）。最大で約 30000 x 30000 ピクセルの画像を使用するか、先に縮小してください。</translation>
    </message>
    <message>
        <source>%1 is too large to open in this format (%2 x %3 pixels). Save it as PNG or JPEG, or scale it down first.</source>
        <translation>%1 はこの形式で開くには大きすぎます（%2 x %3 ピクセル）。PNG または JPEG で保存し直すか、先に縮小してください。</translation>
    </message>
    <message>
        <source>%1 is too large to open in this form (%2 x %3 pixels). Save it as an RGB PNG or a JPEG, or scale it down first.</source>
        <translation>%1 はこの形式のままでは大きすぎて開けません（%2 x %3 ピクセル）。RGB の PNG または JPEG で保存し直すか、先に縮小してください。</translation>
    </message>
    <message>
        <source>%1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; try another copy.</source>
        <translation>%1 は %2 画像のようですが、デコードできませんでした（%3）。ファイルが破損しているか不完全な可能性があります。別のコピーをお試しください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the path and try again.</source>
        <translation>ファイル %1 は存在しません。パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an image file. Choose an image inside it.</source>
        <translation>%1 はフォルダーであり、画像ファイルではありません。フォルダー内の画像を選択してください。</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that you are allowed to read it.</source>
        <translation>%1 を開けません（%2）。読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes). Choose an image file with content.</source>
        <translation>%1 は空です（0 バイト）。内容のある画像ファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is empty. Paste or drop an image with content.</source>
        <translation>%1 は空です。内容のある画像を貼り付けるかドロップしてください。</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Free some disk space or choose another folder.</source>
        <translation>%1 を書き込めませんでした（%2）。ディスクの空き容量を増やすか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>There is no mesh to export yet. Generate or open a mesh first.</source>
        <translation>エクスポートするメッシュがまだありません。先にメッシュを生成するか開いてください。</translation>
    </message>
    <message>
        <source>The export scale must be a positive number.</source>
        <translation>エクスポートのスケールには正の数を指定してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>フォルダー %1 は存在しません。既存のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to export to.</source>
        <translation>%1 はフォルダーです。エクスポート先のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write into the folder %1. Choose a folder you can write to.</source>
        <translation>フォルダー %1 に書き込めません。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: %2</source>
        <translation>%1 へのエクスポートに失敗しました: %2</translation>
    </message>
    <message>
        <source>Exporting to %1 failed: the exporter wrote nothing.</source>
        <translation>%1 へのエクスポートに失敗しました: エクスポーターが何も書き込みませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1 completely. Free some disk space or choose another folder.</source>
        <translation>%1 を最後まで書き込めませんでした。ディスクの空き容量を増やすか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Could not move the exported file into place at %1. Check the folder&apos;s permissions.</source>
        <translation>エクスポートしたファイルを %1 に配置できませんでした。フォルダーのアクセス権を確認してください。</translation>
    </message>
    <message>
        <source>Could not read the mesh %1 (%2). Check that it is a complete 3D file in a format such as glTF, OBJ, PLY, STL or FBX.</source>
        <translation>メッシュ %1 を読み込めませんでした（%2）。glTF、OBJ、PLY、STL、FBX などの形式の完全な 3D ファイルであることを確認してください。</translation>
    </message>
    <message>
        <source>The file %1 contains no triangles. Open a file with a surface mesh.</source>
        <translation>ファイル %1 には三角形が含まれていません。サーフェスメッシュを含むファイルを開いてください。</translation>
    </message>
    <message>
        <source>The model manifest %1 cannot be read. Reinstall Lift3D or choose another model.</source>
        <translation>モデルのマニフェスト %1 を読み込めません。Lift3D を再インストールするか、別のモデルを選択してください。</translation>
    </message>
    <message>
        <source>The model manifest %1 is damaged (%2). Reinstall Lift3D or choose another model.</source>
        <translation>モデルのマニフェスト %1 が破損しています（%2）。Lift3D を再インストールするか、別のモデルを選択してください。</translation>
    </message>
    <message>
        <source>The model %1 has format version %2, but this Lift3D reads version %3. Use a model made for this version.</source>
        <translation>モデル %1 のフォーマットバージョンは %2 ですが、この Lift3D が読み込めるのはバージョン %3 です。このバージョン用に作成されたモデルを使用してください。</translation>
    </message>
    <message>
        <source>The model weights %1 are missing. Reinstall Lift3D or choose another model.</source>
        <translation>モデルの重み %1 が見つかりません。Lift3D を再インストールするか、別のモデルを選択してください。</translation>
    </message>
    <message>
        <source>The model weights %1 fail their checksum: the file is damaged or incomplete. Reinstall Lift3D or download the model again.</source>
        <translation>モデルの重み %1 のチェックサムが一致しません。ファイルが破損しているか不完全です。Lift3D を再インストールするか、モデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No model manifest was found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;モデルのマニフェストが見つかりませんでした。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>フォーマットバージョン</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>学習データ</translation>
    </message>
    <message>
        <source>Training command</source>
        <translation>学習コマンド</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>ハイパーパラメーター</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>About Lift3D</source>
        <translation>Lift3D について</translation>
    </message>
    <message>
        <source>One photo of an object in, a 3D mesh out, offline on an ordinary CPU. A latent shortcut-flow model (after Frans et al., &quot;One Step Diffusion via Shortcut Models&quot;) samples in 1 step for the preview and in many steps for the final mesh.</source>
        <translation>物体の写真 1 枚から 3D メッシュを、オフラインで一般的な CPU 上で生成します。潜在ショートカットフローモデル（Frans ら &quot;One Step Diffusion via Shortcut Models&quot; に基づく）が、プレビューでは 1 ステップ、最終メッシュでは多数のステップでサンプリングします。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>ライブラリとライセンス</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Left drag: orbit</source>
        <translation>左ドラッグ: 回転（オービット）</translation>
    </message>
    <message>
        <source>Shift + left drag or middle drag: pan</source>
        <translation>Shift + 左ドラッグまたは中ドラッグ: パン</translation>
    </message>
    <message>
        <source>Wheel: zoom toward the cursor</source>
        <translation>ホイール: カーソル位置を中心にズーム</translation>
    </message>
    <message>
        <source>Double click: frame the mesh</source>
        <translation>ダブルクリック: メッシュ全体を表示</translation>
    </message>
    <message>
        <source>Ctrl + left drag: drag the mesh out as a .glb file</source>
        <translation>Ctrl + 左ドラッグ: メッシュを .glb ファイルとしてドラッグして書き出す</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose an image file.</source>
        <translation>%1 は通常のファイルではありません（パイプ、ソケット、またはデバイスです）。画像ファイルを選んでください。</translation>
    </message>
    <message>
        <source>There is not enough free space for %1 (%2 KB needed, %3 KB free). Free some disk space or choose another folder.</source>
        <translation>%1 を保存する空き容量が足りません（必要 %2 KB、空き %3 KB）。ディスクの空きを増やすか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>The model manifest %1 names its weights as &quot;%2&quot;; they must be a file beside the manifest. Reinstall Lift3D or choose another model.</source>
        <translation>モデルのマニフェスト %1 は重みを「%2」としていますが、重みはマニフェストと同じ場所にあるファイルでなければなりません。Lift3D を再インストールするか、別のモデルを選んでください。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 の読み込みはキャンセルされました。</translation>
    </message>
    <message>
        <source>Reading %1 took longer than %2 seconds and was stopped; the file is probably damaged. Try another copy or another format.</source>
        <translation>%1 の読み込みが %2 秒を超えたため中止しました。ファイルが破損している可能性があります。別のコピーか別の形式を試してください。</translation>
    </message>
    <message>
        <source>The reader stopped unexpectedly on %1; the file is damaged or uses features it cannot handle. Try another copy or another format.</source>
        <translation>%1 の読み込み中にリーダーが予期せず停止しました。ファイルが破損しているか、対応していない機能を使っています。別のコピーか別の形式を試してください。</translation>
    </message>
    <message>
        <source>Could not read the mesh %1.</source>
        <translation>メッシュ %1 を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The reader returned an incomplete mesh for %1. Try another copy or another format.</source>
        <translation>%1 について不完全なメッシュが返されました。別のコピーか別の形式を試してください。</translation>
    </message>
    <message>
        <source>The catalog %1 does not exist. Install Debian&apos;s sweethome3d-furniture package.</source>
        <translation>カタログ %1 は存在しません。Debian の sweethome3d-furniture パッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>%1 is not a Sweet Home 3D furniture catalog (no PluginFurnitureCatalog.properties inside).</source>
        <translation>%1 は Sweet Home 3D の家具カタログではありません（PluginFurnitureCatalog.properties が含まれていません）。</translation>
    </message>
    <message>
        <source>No dataset at %1. Build it with: lift3d-data --output %1</source>
        <translation>%1 にデータセットがありません。次のコマンドで作成してください: lift3d-data --output %1</translation>
    </message>
    <message>
        <source>IoU needs two fields on the same lattice.</source>
        <translation>IoU の計算には、同じ格子上の 2 つのフィールドが必要です。</translation>
    </message>
    <message>
        <source>The scalar grid is malformed: it needs at least 2 samples per axis and one value per sample.</source>
        <translation>スカラーグリッドの形式が不正です。各軸に 2 個以上のサンプルと、サンプルごとに 1 つの値が必要です。</translation>
    </message>
    <message>
        <source>A mesh cannot be simplified below 4 triangles; ask for a face count of 4 or more.</source>
        <translation>メッシュを三角形 4 個未満に簡略化することはできません。面数には 4 以上を指定してください。</translation>
    </message>
    <message>
        <source>Taubin smoothing needs 0 &lt; lambda &lt; 1 and mu &lt; -lambda; use the defaults (0.5, -0.53).</source>
        <translation>Taubin スムージングには 0 &lt; lambda &lt; 1 かつ mu &lt; -lambda が必要です。既定値（0.5, -0.53）を使用してください。</translation>
    </message>
    <message>
        <source>Internal error: the image and its mask differ in size, or the model input size is invalid. Please report this.</source>
        <translation>内部エラー: 画像とマスクのサイズが異なるか、モデルの入力サイズが無効です。この問題を報告してください。</translation>
    </message>
    <message>
        <source>No object found in the image. Use a photo of one object in front of a plain background, or an image with a transparent background.</source>
        <translation>画像内に物体が見つかりませんでした。無地の背景の前に物体を 1 つだけ写した写真か、背景が透明な画像を使用してください。</translation>
    </message>
    <message>
        <source>The image is too small (%1 x %2 pixels) to find an object in. Use a photo at least 64 pixels across.</source>
        <translation>画像が小さすぎるため（%1 x %2 ピクセル）、物体を検出できません。幅 64 ピクセル以上の写真を使用してください。</translation>
    </message>
    <message>
        <source>The model weights %1 do not fit this Lift3D (%2). Use a model made for this version.</source>
        <translation>モデルの重み %1 はこの Lift3D に適合しません（%2）。このバージョン用に作成されたモデルを使用してください。</translation>
    </message>
    <message>
        <source>%1 is not a usable Lift3D TorchScript model (%2). See &quot;Bring your own model&quot; in docs/model.md.</source>
        <translation>%1 は Lift3D で使用できる TorchScript モデルではありません（%2）。docs/model.md の &quot;Bring your own model&quot; を参照してください。</translation>
    </message>
    <message>
        <source>The TorchScript model failed: %1</source>
        <translation>TorchScript モデルでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Lift3D model %1 (%2 training views)</source>
        <translation>Lift3D モデル %1（学習ビュー数: %2）</translation>
    </message>
    <message>
        <source>TorchScript model %1</source>
        <translation>TorchScript モデル %1</translation>
    </message>
    <message>
        <source>Lift3D works offline and does not download %1. Save the image to your computer, then drop the file.</source>
        <translation>Lift3D はオフラインで動作するため、%1 をダウンロードしません。画像をコンピューターに保存してから、そのファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>What was dropped is neither an image nor a file. Drop a photo of an object, or a mesh file.</source>
        <translation>ドロップされたものは画像でもファイルでもありません。物体の写真またはメッシュファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Images (%1);;Meshes (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;All files (*)</source>
        <translation>画像 (%1);;メッシュ (*.glb *.gltf *.obj *.ply *.stl *.fbx *.3mf *.dae *.3ds *.off);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Test shape (no model)</source>
        <translation>テスト形状（モデルなし）</translation>
    </message>
    <message>
        <source>The mask is %1 x %2 pixels but the picture is %3 x %4. Use a mask the size of the picture.</source>
        <translation>マスクは %1 x %2 ピクセルですが、画像は %3 x %4 です。画像と同じサイズのマスクを使用してください。</translation>
    </message>
    <message>
        <source>The mask %1 is too large to open (%2 x %3 pixels). Save it as an 8-bit greyscale PNG, or use a smaller picture and mask.</source>
        <translation>マスク %1 は大きすぎて開けません（%2 x %3 ピクセル）。8 ビットのグレースケール PNG で保存するか、より小さい画像とマスクを使用してください。</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels, on its side against the picture (%4 x %5 as an image editor shows it, camera orientation applied). Turn the mask to match the picture.</source>
        <translation>マスク %1 は %2 x %3 ピクセルで、画像に対して横向きです（画像は、カメラの向きを適用して画像エディターで表示したときに %4 x %5）。マスクを回転して画像に合わせてください。</translation>
    </message>
    <message>
        <source>The mask %1 is %2 x %3 pixels but the picture is %4 x %5. Make the mask the size of the picture as an image editor shows it.</source>
        <translation>マスク %1 は %2 x %3 ピクセルですが、画像は %4 x %5 です。画像エディターで表示される画像と同じサイズのマスクにしてください。</translation>
    </message>
    <message>
        <source>The mask %1 has both transparency and varying colours, so it is unclear which marks the object. Save it in greyscale (the object white on black) or in one colour on transparency.</source>
        <translation>マスク %1 には透明部分とさまざまな色の両方があるため、どちらが物体を示すのか判断できません。グレースケール（物体を黒地に白）または透明地に単色で保存してください。</translation>
    </message>
    <message>
        <source>The mask %1 marks no object: no pixel is light or opaque enough. Paint the object white on black, or opaque on transparency.</source>
        <translation>マスク %1 は物体を示していません。十分に明るい、または不透明なピクセルがありません。物体を黒地に白で、または透明地に不透明で塗ってください。</translation>
    </message>
    <message>
        <source>The mask file %1 does not exist. Check the path and try again.</source>
        <translation>マスクファイル %1 は存在しません。パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a mask image. Choose the mask file inside it.</source>
        <translation>%1 はフォルダーであり、マスク画像ではありません。フォルダー内のマスクファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Choose a mask image file.</source>
        <translation>%1 は通常のファイルではありません（パイプ、ソケット、またはデバイスです）。マスク画像ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Cannot open the mask %1 (%2). Check that you are allowed to read it.</source>
        <translation>マスク %1 を開けません（%2）。読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The mask %1 is empty (0 bytes). Choose a mask image with content.</source>
        <translation>マスク %1 は空です（0 バイト）。内容のあるマスク画像を選択してください。</translation>
    </message>
    <message>
        <source>%1 is not an image Lift3D can read as a mask. Save the mask as a PNG, white for the object and black for the background.</source>
        <translation>%1 は Lift3D がマスクとして読み込める画像ではありません。物体を白、背景を黒にした PNG でマスクを保存してください。</translation>
    </message>
    <message>
        <source>The mask %1 declares an empty picture (%2 x %3 pixels). Save the mask again.</source>
        <translation>マスク %1 は空の画像（%2 x %3 ピクセル）を宣言しています。マスクを保存し直してください。</translation>
    </message>
    <message>
        <source>The mask %1 looks like a %2 image but could not be decoded (%3). The file may be damaged or incomplete; save the mask again.</source>
        <translation>マスク %1 は %2 画像のようですが、デコードできませんでした（%3）。ファイルが破損しているか不完全な可能性があります。マスクを保存し直してください。</translation>
    </message>
    <message>
        <source>There is no mask to save yet. Open a picture first.</source>
        <translation>保存するマスクがまだありません。先に画像を開いてください。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name to save the mask to.</source>
        <translation>%1 はフォルダーです。マスクの保存先のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The mask is too large to save (%1 x %2 pixels). Use a smaller picture.</source>
        <translation>マスクが大きすぎて保存できません（%1 x %2 ピクセル）。より小さい画像を使用してください。</translation>
    </message>
    <message>
        <source>Cannot write the mask %1 (%2). Choose a folder you can write to.</source>
        <translation>マスク %1 を書き込めません（%2）。書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Writing the mask %1 failed (%2). Free some disk space or choose another folder.</source>
        <translation>マスク %1 の書き込みに失敗しました（%2）。ディスクの空き容量を増やすか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The segmentation model %1 is damaged (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>セグメンテーションモデル %1 が壊れています (%2)。Lift3D を再インストールしてください。それまでは背景色から物体を見つけます。</translation>
    </message>
    <message>
        <source>The segmentation model %1 does not fit this Lift3D (%2). Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>セグメンテーションモデル %1 はこの Lift3D に合いません (%2)。Lift3D を再インストールしてください。それまでは背景色から物体を見つけます。</translation>
    </message>
    <message>
        <source>The segmentation model %1 is missing. Reinstall Lift3D; until then objects are found by their background colour.</source>
        <translation>セグメンテーションモデル %1 が見つかりません。Lift3D を再インストールしてください。それまでは背景色から物体を見つけます。</translation>
    </message>
</context>
<context>
    <name>lift3d::ControlPanel</name>
    <message>
        <source>Quality of the final mesh</source>
        <translation>最終メッシュの品質</translation>
    </message>
    <message>
        <source>Generate again (new seed)</source>
        <translation>再生成（新しいシード）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
</context>
<context>
    <name>lift3d::ExportDialog</name>
    <message>
        <source>millimetres</source>
        <translation>ミリメートル</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>センチメートル</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>メートル</translation>
    </message>
    <message>
        <source>inches</source>
        <translation>インチ</translation>
    </message>
    <message>
        <source>Export mesh</source>
        <translation>メッシュのエクスポート</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>すべて（%1）</translation>
    </message>
    <message>
        <source>Simplify to at most this many triangles (meshoptimizer); keeps the shape&apos;s outline.</source>
        <translation>最大でこの三角形数まで簡略化します（meshoptimizer）。形状の輪郭は保持されます。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Triangles:</source>
        <translation>三角形数:</translation>
    </message>
    <message>
        <source>Longest side:</source>
        <translation>最長辺:</translation>
    </message>
    <message>
        <source>glTF files are always in metres; the size is converted.</source>
        <translation>glTF ファイルは常にメートル単位です。サイズは変換されます。</translation>
    </message>
    <message>
        <source>This format has no vertex colours; the mesh is written without its colours.</source>
        <translation>この形式は頂点カラーに対応していません。メッシュは色なしで書き出されます。</translation>
    </message>
</context>
<context>
    <name>lift3d::GenerationController</name>
    <message>
        <source>The model %1 could not be loaded (%2). Reinstall Lift3D or choose another model file.</source>
        <translation>モデル %1 を読み込めませんでした（%2）。Lift3D を再インストールするか、別のモデルファイルを選択してください。</translation>
    </message>
    <message>
        <source>The model is not available, so no mesh can be generated. See the message shown at start; mesh files can still be opened and exported.</source>
        <translation>モデルを利用できないため、メッシュを生成できません。起動時に表示されたメッセージを確認してください。メッシュファイルを開いたりエクスポートしたりすることは引き続きできます。</translation>
    </message>
    <message>
        <source>No model is loaded yet. Wait a moment and try again.</source>
        <translation>モデルがまだ読み込まれていません。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Generation failed (%1). Try another image.</source>
        <translation>生成に失敗しました（%1）。別の画像をお試しください。</translation>
    </message>
    <message>
        <source>%1 could not be opened (%2).</source>
        <translation>%1 を開けませんでした（%2）。</translation>
    </message>
    <message>
        <source>The export failed (%1). Nothing was written.</source>
        <translation>エクスポートに失敗しました（%1）。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>lift3d::InputThumbnail</name>
    <message>
        <source>The photo you drop appears here, with the object Lift3D found outlined.</source>
        <translation>ドロップした写真がここに表示され、Lift3D が検出した物体の輪郭が示されます。</translation>
    </message>
    <message>
        <source>Click to correct the outline of the object (%1).</source>
        <translation>クリックすると物体の輪郭を修正できます（%1）。</translation>
    </message>
</context>
<context>
    <name>lift3d::MainWindow</name>
    <message>
        <source>Loaded: %1</source>
        <translation>読み込み済み: %1</translation>
    </message>
    <message>
        <source>Model ready. Drop a photo of an object.</source>
        <translation>モデルの準備ができました。物体の写真をドロップしてください。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
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
        <translation>ここに物体の写真をドロップしてください

Ctrl+O で開くことも、Ctrl+V で貼り付けることもできます。
メッシュファイル（GLB、OBJ、STL、…）もここで開けます。</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>ドロップされた画像</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped; Lift3D opens the first one.</source>
        <translation>
            <numerusform>%n 個のファイルがドロップされました。Lift3D は最初のファイルを開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a folder. Drop or open one image file.</source>
        <translation>%1 はフォルダーです。画像ファイルを 1 つドロップするか開いてください。</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path and try again.</source>
        <translation>%1 は存在しません。パスを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Open a photo or a mesh</source>
        <translation>写真またはメッシュを開く</translation>
    </message>
    <message>
        <source>The clipboard holds no image. Copy a picture or an image file first.</source>
        <translation>クリップボードに画像がありません。先に画像または画像ファイルをコピーしてください。</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message numerus="yes">
        <source>Final · %n step(s)</source>
        <translation>
            <numerusform>最終 · %n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported mesh</source>
        <translation>インポートしたメッシュ</translation>
    </message>
    <message numerus="yes">
        <source>%n triangle(s)</source>
        <translation>
            <numerusform>三角形 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Loading the model in the background…</source>
        <translation>バックグラウンドでモデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>The model is still loading; generation starts as soon as it is ready.</source>
        <translation>モデルはまだ読み込み中です。準備ができ次第、生成を開始します。</translation>
    </message>
</context>
<context>
    <name>lift3d::MaskEditor</name>
    <message>
        <source>Edit Mask</source>
        <translation>マスクの編集</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background. Inside, the mask stays as it is; where it holds no object yet, the whole rectangle becomes the object.</source>
        <translation>物体を囲むように矩形をドラッグします。矩形の外側はすべて背景になります。内側のマスクはそのまま残りますが、内側に物体がまだ何もない場合は矩形全体が物体になります。</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>含める</translation>
    </message>
    <message>
        <source>Paint over what belongs to the object. A right drag paints background.</source>
        <translation>物体に含まれる部分を塗ります。右ボタンでドラッグすると背景を塗ります。</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Paint over what is background. A right drag paints the object.</source>
        <translation>背景の部分を塗ります。右ボタンでドラッグすると物体を塗ります。</translation>
    </message>
    <message>
        <source>&amp;Brush size:</source>
        <translation>ブラシのサイズ(&amp;B):</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Diameter of the brush in pixels of the picture (%1 smaller, %2 larger)</source>
        <translation>ブラシの直径（画像のピクセル単位。%1 で小さく、%2 で大きく）</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change (%1)</source>
        <translation>最後の変更を元に戻します（%1）</translation>
    </message>
    <message>
        <source>&amp;Reset to Automatic</source>
        <translation>自動マスクに戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Go back to the mask Lift3D found; Undo brings your changes back.</source>
        <translation>Lift3D が検出したマスクに戻します。「元に戻す」で変更を復元できます。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Generate the mesh from this mask (Enter)</source>
        <translation>このマスクからメッシュを生成します（Enter）</translation>
    </message>
    <message>
        <source>Close without changing the mask (Esc)</source>
        <translation>マスクを変更せずに閉じます（Esc）</translation>
    </message>
    <message>
        <source>Drag a rectangle around the object: everything outside it becomes background.</source>
        <translation>物体を囲むように矩形をドラッグします。矩形の外側はすべて背景になります。</translation>
    </message>
    <message>
        <source>Paint over parts of the object that are tinted. A right drag paints background.</source>
        <translation>色が付いている物体の部分を塗ります。右ボタンでドラッグすると背景を塗ります。</translation>
    </message>
    <message>
        <source>Paint over background inside the outline. A right drag paints the object.</source>
        <translation>輪郭の内側にある背景を塗ります。右ボタンでドラッグすると物体を塗ります。</translation>
    </message>
    <message>
        <source>Tinted areas are background, the yellow line outlines the object.</source>
        <translation>色が付いた部分は背景で、黄色の線が物体の輪郭です。</translation>
    </message>
    <message>
        <source>The mask is empty. Paint the object or drag a rectangle around it, then apply.</source>
        <translation>マスクが空です。物体を塗るか、物体を囲む矩形をドラッグしてから適用してください。</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshFormat</name>
    <message>
        <source>glTF binary</source>
        <translation>glTF バイナリ</translation>
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
        <translation>3D Manufacturing Format (3MF)</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshOutput</name>
    <message>
        <source>There is no mesh to export yet. Drop a photo first.</source>
        <translation>エクスポートするメッシュがまだありません。先に写真をドロップしてください。</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 をエクスポートしました。</translation>
    </message>
    <message>
        <source>The screenshot could not be saved to %1. Check that the folder is writable.</source>
        <translation>スクリーンショットを %1 に保存できませんでした。フォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>Screenshot saved to %1.</source>
        <translation>スクリーンショットを %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>lift3d::MeshViewport</name>
    <message>
        <source>This computer&apos;s graphics driver does not offer OpenGL 3.3, so the 3D view stays empty. Meshes can still be generated and exported.</source>
        <translation>このコンピューターのグラフィックドライバーは OpenGL 3.3 に対応していないため、3D ビューには何も表示されません。メッシュの生成とエクスポートは引き続きできます。</translation>
    </message>
    <message>
        <source>The 3D view&apos;s shaders did not compile on this graphics driver: %1</source>
        <translation>このグラフィックドライバーでは 3D ビューのシェーダーをコンパイルできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>lift3d::QualitySlider</name>
    <message>
        <source>Fast</source>
        <translation>高速</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>高品質</translation>
    </message>
    <message>
        <source>Sampling steps of the final mesh: more steps take longer and follow the model more closely.</source>
        <translation>最終メッシュのサンプリングステップ数です。ステップ数を増やすと時間がかかりますが、モデルにより忠実になります。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n ステップ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · last run %2 ms</source>
        <translation>%1 · 前回の実行 %2 ms</translation>
    </message>
</context>
<context>
    <name>lift3d::WindowActions</name>
    <message>
        <source>Recent file %1</source>
        <translation>最近使ったファイル %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Shading</source>
        <translation>シェーディング(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>画像を貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save &amp;Screenshot</source>
        <translation>スクリーンショットを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save Screenshot with &amp;Transparent Background</source>
        <translation>背景を透明にしてスクリーンショットを保存(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Generate &amp;Again with a New Seed</source>
        <translation>新しいシードで再生成(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cancel Generation</source>
        <translation>生成をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Smooth</source>
        <translation>スムーズ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Flat</source>
        <translation>フラット(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Vertex Colours</source>
        <translation>頂点カラー(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Matcap</source>
        <translation>マットキャップ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Wireframe Overlay</source>
        <translation>ワイヤーフレームを重ねて表示(&amp;W)</translation>
    </message>
    <message>
        <source>Ground &amp;Grid</source>
        <translation>地面のグリッド(&amp;G)</translation>
    </message>
    <message>
        <source>A&amp;xes</source>
        <translation>座標軸(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Front View</source>
        <translation>正面ビュー(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Right View</source>
        <translation>右側面ビュー(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Top View</source>
        <translation>上面ビュー(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Orthographic</source>
        <translation>正投影(&amp;O)</translation>
    </message>
    <message>
        <source>Frame &amp;Mesh</source>
        <translation>メッシュ全体を表示(&amp;M)</translation>
    </message>
    <message>
        <source>Reset &amp;View</source>
        <translation>ビューをリセット(&amp;V)</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts</source>
        <translation>キーボードショートカット(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Lift3D</source>
        <translation>Lift3D について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>リストをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <source>Edit &amp;Mask…</source>
        <translation>マスクを編集(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Turns a photo of an object into a 3D mesh.</source>
        <translation>物体の写真を 3D メッシュに変換します。</translation>
    </message>
    <message>
        <source>An image or mesh file to open.</source>
        <translation>開く画像ファイルまたはメッシュファイル。</translation>
    </message>
    <message>
        <source>A Lift3D manifest.json or a TorchScript file (default: the bundled model).</source>
        <translation>Lift3D の manifest.json または TorchScript ファイル（既定: 同梱のモデル）。</translation>
    </message>
    <message>
        <source>With a file: save a picture of the window once the final mesh is shown, then quit.</source>
        <translation>ファイルを指定した場合: 最終メッシュが表示されたらウィンドウの画像を保存して終了します。</translation>
    </message>
    <message>
        <source>Language code (de, fr, es, ja, zh_CN, en) for this run.</source>
        <translation>今回の起動で使う言語コード（de、fr、es、ja、zh_CN、en）。</translation>
    </message>
    <message>
        <source>The model could not be loaded (%1). Reinstall Lift3D or choose another model file.</source>
        <translation>モデルを読み込めませんでした（%1）。Lift3D を再インストールするか、別のモデルファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 could not be converted (%2). Try another image.</source>
        <translation>%1 を変換できませんでした（%2）。別の画像を試してください。</translation>
    </message>
    <message>
        <source>With a file: save a picture of the mask editor on it once the final mesh is shown, then quit.</source>
        <translation>ファイル指定時: 最終メッシュが表示されたらマスク編集画面の画像を保存して終了します。</translation>
    </message>
</context>
</TS>
