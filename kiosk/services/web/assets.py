"""The pages' styles and scripts, inline in every response (no framework, nothing fetched from elsewhere).

The phone script follows /v/<uuid>/events (Server-Sent Events) and replaces the live part of the page; when the
browser has no EventSource or the stream stays broken, it reloads the page every 15 s (a <noscript> refresh does
the same without JavaScript). Sound is a beep made with WebAudio, so nothing is downloaded; browsers let a page
play sound and vibrate only after a tap, hence the "Bật âm báo" button.
"""

BASE_CSS = """
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#f3f5f8;color:#14213d;font:20px/1.4 "Noto Sans","Roboto","Segoe UI",Arial,sans-serif}
h1{font-size:28px;margin:0 0 12px}
p{margin:8px 0}
.card{background:#fff;border-radius:16px;margin:12px;padding:18px;box-shadow:0 1px 4px rgba(0,0,0,.12)}
.notice{text-align:center;margin-top:40px}
.big{font-size:24px}
.muted{color:#4a5568;font-size:18px}
a.button,button{display:block;width:100%;min-height:56px;border:0;border-radius:12px;font:inherit;font-weight:700;
text-align:center;text-decoration:none;padding:12px;margin:10px 0;background:#1d4ed8;color:#fff}
"""

PHONE_CSS = """
header{background:#1d4ed8;color:#fff;padding:10px 16px;font-size:18px}
.code{font-size:88px;font-weight:800;line-height:1;text-align:center;letter-spacing:2px;margin:4px 0 8px}
.service{text-align:center;font-size:22px;font-weight:600}
.facts{display:flex;gap:10px;margin-top:12px}
.fact{flex:1;text-align:center;background:#eef2ff;border-radius:12px;padding:8px 4px;font-size:18px}
.fact b{display:block;font-size:28px;line-height:1.25;white-space:nowrap}
.next{font-size:26px;text-align:center;margin-top:12px}
.state{font-size:22px;font-weight:700;text-align:center;padding:6px;border-radius:10px;background:#e2e8f0}
.called .card.main{background:#fef3c7;border:4px solid #d97706}
.call{font-size:28px;font-weight:700;text-align:center;line-height:1.2;color:#7c2d12;margin-top:12px}
.call b{font-size:54px;display:block;white-space:nowrap;font-weight:800}
.over .state{background:#dcfce7;color:#14532d}
.gone .state{background:#fee2e2;color:#7f1d1d}
.faces{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.faces button{margin:0;min-height:120px;background:#fff;color:#14213d;border:3px solid #94a3b8;font-size:19px;
display:flex;flex-direction:column;align-items:center;justify-content:flex-start}
.faces svg{display:block;margin:0 auto 6px;width:56px;height:56px}
.faces .l0{border-color:#15803d}.faces .l1{border-color:#65a30d}.faces .l2{border-color:#ca8a04}
.faces .l3{border-color:#b91c1c}
#sound{background:#0f766e}
#sound.on{background:#64748b}
.foot{text-align:center;font-size:16px;color:#4a5568;margin:8px 12px 24px}
"""

PHONE_JS = """
(function(){
var live=document.getElementById('live'),last=live.getAttribute('data-key'),timer=null,ctx=null;
var sound=document.getElementById('sound');
function beep(){try{ctx=ctx||new(window.AudioContext||window.webkitAudioContext)();var t=ctx.currentTime;
[0,0.4,0.8].forEach(function(d){var o=ctx.createOscillator(),g=ctx.createGain();o.type='sine';o.frequency.value=880;
o.connect(g);g.connect(ctx.destination);g.gain.setValueAtTime(0.4,t+d);g.gain.exponentialRampToValueAtTime(0.001,t+d+0.3);
o.start(t+d);o.stop(t+d+0.32);});}catch(e){}}
function tapped(){return !navigator.userActivation||navigator.userActivation.hasBeenActive;}
function alertCall(key){document.body.setAttribute('data-alerted',key);
if(navigator.vibrate&&tapped()){try{navigator.vibrate([500,200,500,200,500]);}catch(e){}}beep();}
function apply(d){live.innerHTML=d.html;live.className=d.css;live.setAttribute('data-state',d.state);
document.title=d.title;if(sound){sound.hidden=!d.open;}
if(d.state==='called'&&d.key!==last){alertCall(d.key);}last=d.key;}
function reloadSoon(){if(!timer){timer=setTimeout(function(){location.reload();},15000);}}
function fine(){if(timer){clearTimeout(timer);timer=null;}}
if(sound){sound.addEventListener('click',function(){beep();if(navigator.vibrate){try{navigator.vibrate(200);}catch(e){}}
sound.className='on';sound.textContent=sound.getAttribute('data-on');});}
if(!window.EventSource){reloadSoon();return;}
var es=new EventSource(live.getAttribute('data-feed'));
es.onopen=fine;
es.addEventListener('state',function(e){fine();apply(JSON.parse(e.data));});
es.onerror=reloadSoon;
})();
"""

BOARD_CSS = """
body{background:#0b1b3a;color:#fff;font-size:2.2vw;overflow:hidden}
.top{display:flex;justify-content:space-between;align-items:center;padding:1vh 2vw;background:#12306b}
.top h1{font-size:2.6vw;margin:0}
#clock{font-size:2.6vw;font-weight:700}
.grid{display:grid;grid-template-columns:3fr 2fr;gap:2vw;padding:2vh 2vw;height:82vh;overflow:hidden}
h2{font-size:2vw;margin:0 0 1vh;color:#fcd34d}
.desks{display:grid;grid-template-columns:1fr 1fr;gap:1.2vw;align-content:start}
.desk{background:#12306b;border-radius:1vw;padding:1.2vh 1.2vw}
.desk .n{font-size:1.6vw;color:#cbd5e1}
.desk .c{font-size:5vw;font-weight:800;line-height:1.1}
.desk .s{font-size:1.3vw;color:#cbd5e1;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.desk.paused .c,.desk.closed .c{font-size:2.2vw;color:#94a3b8}
table{width:100%;border-collapse:collapse}
td{padding:.3vh .4vw;border-bottom:1px solid #1e3a8a;font-size:1.45vw}
td.w{text-align:right;font-weight:800;font-size:2vw;color:#fcd34d}
.recent{margin-top:1.5vh;font-size:1.5vw;color:#e2e8f0}
.recent span{display:inline-block;margin-right:1.2vw;background:#1e3a8a;border-radius:.6vw;padding:.3vh .6vw}
.ticker{position:fixed;bottom:0;left:0;right:0;height:8vh;background:#fcd34d;color:#0b1b3a;overflow:hidden;
white-space:nowrap;font-size:2.4vw;font-weight:700;line-height:8vh}
.ticker div{display:inline-block;padding:0 100vw 0 2vw;animation:run 40s linear infinite}
@keyframes run{from{transform:translateX(0)}to{transform:translateX(-100%)}}
"""

BOARD_JS = """
(function(){
var live=document.getElementById('live'),clock=document.getElementById('clock'),timer=null;
var skew=Number(clock.getAttribute('data-now'))-Date.now();
function tick(){var d=new Date(Date.now()+skew+7*3600000);
clock.textContent=('0'+d.getUTCHours()).slice(-2)+':'+('0'+d.getUTCMinutes()).slice(-2);}
tick();setInterval(tick,10000);
function reloadSoon(){if(!timer){timer=setTimeout(function(){location.reload();},15000);}}
if(!window.EventSource){reloadSoon();return;}
var es=new EventSource('/board/events');
es.onopen=function(){if(timer){clearTimeout(timer);timer=null;}};
es.addEventListener('board',function(e){if(timer){clearTimeout(timer);timer=null;}live.innerHTML=JSON.parse(e.data).html;});
es.onerror=reloadSoon;
})();
"""
