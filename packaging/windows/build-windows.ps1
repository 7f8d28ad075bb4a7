# Builds OGG Desktop for Windows: dist\ogg-desktop\ (PyInstaller, one folder) and, when Inno Setup 6
# is installed, the installer dist\ogg-desktop-<version>-setup.exe (packaging\windows\ogg-desktop.iss).
# Run from any folder in PowerShell on Windows 10/11 (x64) with Python 3.11 (python.org) on PATH:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build-windows.ps1
# Not run in this project's CI (Linux only); see packaging\README.md.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $Root

$Venv = "build\package-venv-windows"
$Python = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Python)) {
    Write-Host "package: preparing $Venv with pinned packages"
    py -3.11 -m venv $Venv
    & $Python -m pip install --disable-pip-version-check --upgrade pip==26.3
    & $Python -m pip install --disable-pip-version-check -r requirements\app.txt -r requirements\package.txt
    if ($LASTEXITCODE -ne 0) { throw "installing the build tools failed" }
}

# Translations: the .qm files are built from the committed .ts sources.
Get-ChildItem resources\i18n\*.ts | ForEach-Object {
    & (Join-Path $Venv "Scripts\pyside6-lrelease.exe") -silent $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
    if ($LASTEXITCODE -ne 0) { throw "pyside6-lrelease failed on $($_.Name)" }
}

Write-Host "package: running PyInstaller"
& $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\ogg-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The installer's own icon (the app's .exe icon is converted by PyInstaller itself).
& $Python -c "from PIL import Image; Image.open('resources/icons/ogg-desktop-512.png').save('build/ogg-desktop.ico', sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (256, 256)])"

# A first check of the frozen app: vault, screen capture, report (needs an interactive desktop session).
& dist\ogg-desktop\ogg-desktop-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the self-test of the frozen app failed" }

$Version = (& $Python -c "import ogg_desktop; print(ogg_desktop.__version__)").Trim()
$Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "${env:ProgramFiles}\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if ($Iscc) {
    & $Iscc "/DAppVersion=$Version" packaging\windows\ogg-desktop.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
    Write-Host "package: dist\ogg-desktop-$Version-setup.exe is ready"
} else {
    Write-Host "package: dist\ogg-desktop is ready; install Inno Setup 6 to build the installer as well"
}
