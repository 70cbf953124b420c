// The throttling plugin runs on bottleneck's "light" build (no Redis); we build its limiter groups from the
// same module so the bundle carries one copy. The package ships types for its main entry only.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
