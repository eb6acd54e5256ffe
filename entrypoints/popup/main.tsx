import { render } from 'preact';

render(<p>Verbatim</p>, document.getElementById('app')!);
